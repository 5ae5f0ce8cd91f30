/**
 * Domain wording, English (plain English for services and parents). Same keys as bokmål
 * (`../nb/domain.ts`), which is the reference. Keys named `child` are read by pupils from about 10.
 */
import type { DomainResource } from '../../domain-text';
import { services, systemModel } from './domain-names';

export default {
  services,
  /** Services as the shared screen names them for the child: short, everyday words. */
  servicesChild: {
    kontaktlaerer: 'Class teacher',
    skoleledelse: 'School leader',
    helsesykepleier: 'School nurse',
    ppt: 'PPT',
    barnevern: 'Child welfare',
    familieteam: 'Family team',
    elev: 'Pupil',
    foresatt: 'Parent',
    trygghetsperson: 'Safe adult',
    tolk: 'Interpreter',
    annet: 'Other',
  },
  presence: {
    room: 'In the meeting room',
    remote: 'Online',
  },
  meetingKinds: {
    named: 'Meeting with the pupil and parents',
    anonymous: 'Anonymous consultation',
    followup: 'Follow-up meeting',
  },
  pupil: {
    name: "Pupil's name",
    class: 'Class',
    school: 'School',
    dateOfBirth: 'Date of birth',
    anonymousNotice:
      'This is an anonymous consultation. Do not write anything that could identify the pupil: name, class, school, date of birth or the names of parents.',
  },
  participant: {
    name: 'Name',
    service: 'Service or role',
    serviceOther: 'Other service or role',
    presence: 'Taking part',
    invited: 'Called to the meeting',
    presentationPrompt: 'Say your name, which service you are from and something you are fond of.',
    presentationPromptChild: 'Say your name and something you like a lot.',
  },
  interpreter: {
    used: 'Interpreter used in the meeting',
    language: 'Language',
    qualifiedOnly: 'Use a qualified interpreter. The child must never interpret for the adults.',
  },
  consent: {
    service: 'Service',
    given: 'Consent given',
    date: 'Date of consent',
    scope: 'What the consent covers',
    withdrawnOn: 'Consent withdrawn',
    explanation:
      'The services have a duty of confidentiality. Information is shared between services when the parents have given informed consent, and consent can be withdrawn. The exception is the duty to inform: if there is reason to believe the child is being abused or seriously neglected, staff must tell child welfare, without consent.',
    status: {
      given: 'Consent given',
      notGiven: 'Consent not given',
      withdrawn: 'Consent withdrawn',
      missing: 'No consent recorded',
      notRequired: 'No consent needed',
    },
  },
  checklist: {
    done: 'Done',
    note: 'Note',
    shownToEveryone: 'Shown to everyone in the meeting',
    before: {
      title: 'Before the meeting',
      informed: {
        label: 'The child has been told about the meeting and why it is held',
        child: 'I know what the meeting is about and why we are having it.',
        younger: 'I know what the meeting is.',
      },
      safetyPerson: {
        label: 'The child has chosen a safety person to come to the meeting',
        child: 'I have chosen an adult I feel safe with to come to the meeting with me.',
        younger: 'I chose a safe adult.',
      },
      safePlan: {
        label: 'The child and the adults have planned together how to make the meeting safe',
        child: 'We have talked about what makes the meeting feel safe for me.',
        younger: 'We talked about what is safe.',
      },
      adults: {
        label: 'It is agreed with the child which adults may attend the meeting',
        child: 'I know which adults will be there, and I have had my say.',
        younger: 'I know who is coming.',
      },
      topics: {
        label: 'It is agreed with the child what the meeting is about and what may be said',
        child: 'We have agreed what we will talk about and what will not be said.',
        younger: 'We agreed what we talk about.',
      },
      unplannedTopics: {
        label: 'It is agreed what we do if unplanned topics come up in the meeting',
        child: 'We have agreed what to do if someone starts talking about something we did not plan.',
        younger: 'We know what to do if something new comes up.',
      },
      feelsUnsafe: {
        label: 'It is agreed what to do if the meeting feels unsafe and the child finds it hard',
        child: 'We have agreed what to do if the meeting gets hard or scary for me.',
        younger: 'We know what to do if it gets scary.',
      },
    },
    during: {
      title: 'During the meeting',
      presentation: 'Everyone says their name, which service they are from and something they are fond of.',
      explainTopics: 'The safety person or the meeting leader explains the topics that will be discussed.',
      decideTogether: 'What is decided in the meeting is decided together with the child.',
      considerEnding:
        'If a topic comes up that was not agreed, consider ending the meeting so the child can speak about it in a safer way.',
    },
    after: {
      title: 'After the meeting',
      readsMinutes: {
        label: 'The child reads the minutes, preferably with the safety person',
        child: 'I get to read what was written about the meeting, maybe with my safety person.',
        younger: 'I get to read what we wrote.',
      },
      givesFeedback: {
        label: 'The child gives feedback on how safe and how useful the meeting felt',
        child: 'I get to say how safe the meeting felt and if it helped me.',
        younger: 'I get to say how it was.',
      },
      toldWhatNext: {
        label: 'The child is told what happens next',
        child: 'I get told what will happen now.',
        younger: 'I get to know what happens now.',
      },
      involved: {
        label: 'The child is closely involved in what happens next',
        child: 'The adults do things with me, not just for me.',
        younger: 'The adults do things together with me.',
      },
    },
  },
  guides: {
    heldOn: 'Conversation held on',
    heldBy: 'Conversation held by',
    summary: 'Summary of the conversation',
    covered: 'Covered in the conversation',
    pupil: {
      title: 'Conversation with the pupil (appendix 1)',
      sections: {
        opening: {
          title: 'Starting the conversation',
          guidance:
            'Talking about absence can be hard for the pupil. Take time at the start to build a safe and open dialogue without confrontation.',
        },
        schoolDay: {
          title: "The pupil's experience of the school day",
          guidance:
            'With the youngest pupils, be as concrete as possible. The timetable is a good starting point for going through the day.',
        },
        social: {
          title: 'Social network and peers, at school and in free time',
        },
        timeAway: {
          title: 'What the pupil does during school hours when not at school',
        },
        ownView: {
          title: "The pupil's own view of the absence and need for support",
        },
        measures: {
          title: 'Measures',
        },
        summary: {
          title: 'Summing up the conversation',
          guidance: 'Give a short summary of what was said.',
        },
      },
      points: {
        safeDialogue: 'Build a safe and open dialogue without confrontation.',
        purpose:
          "Explain that the conversation is about your concern for the pupil's absence, and that the aim is to find measures and help the pupil be at school.",
        parentsContact: 'If you have talked or will talk with the parents, tell the pupil.',
        likedSituations: 'Which situations and activities at school do you like?',
        hardSituations: 'Are there situations or activities that you find hard?',
        likedAdults: 'Which adults do you like being with?',
        hardAdults: 'Are there adults you find it hard to be with?',
        schoolRoute: 'How is the way to school for you? Do you have someone to walk with?',
        breaksAndLessons: 'How do you like the breaks and the lessons?',
        whoWith: 'Who do you spend time with at school?',
        othersWant: 'Do you feel that others want to be with you?',
        bullied: 'Have you been picked on or bullied?',
        whatAtHome: 'What do you do when you are at home instead of at school?',
        triedToHelp: 'Did anyone try to help you get to school?',
        someoneHome: 'Is anyone at home with you when you are not at school?',
        wishDifferent: 'Is there anything you wish were different that would make it easier for you to come to school?',
        whatCanI: 'What can I do to make it easier for you to be at school?',
        whatCanParents: 'What can your mum, dad or others do to make it easier for you to come to school?',
        whatCanYou: 'What can you do?',
        worriedOutside: 'Has anything happened, or is there anything you worry about, outside school hours?',
        makeTogether: 'Make measures together with the pupil, based on what came up in the conversation.',
        whyTalk: 'I wanted to talk with you today because you have been away from school a lot …',
        talkedAbout: 'We have talked about … and you have told me …',
        agreed:
          'We have talked about what we can do differently at school to make it easier for you to be here, and together we have agreed on …',
      },
    },
    parents: {
      title: 'Conversation with the parents (appendix 2)',
      sections: {
        opening: {
          title: 'Starting the conversation',
          guidance:
            "Explain that the purpose is to work together on measures that support attendance. Then give concrete information about the pupil's absence.",
        },
        wellbeing: {
          title: "The parents' view of how their child is doing and possible reasons for the absence",
        },
        support: {
          title: "The parents' need for support",
        },
        agreement: {
          title: 'Cooperation agreement',
        },
        summary: {
          title: 'Summing up the conversation',
          guidance: 'Give a short summary of what was said.',
        },
      },
      points: {
        purpose: 'Explain that the purpose is to work together on measures that will support attendance.',
        absenceFacts: "Give concrete information about the pupil's absence.",
        schoolRoutines: "Tell them about the school's work and routines for supporting attendance.",
        schoolFactors: 'Could something at school be causing your child to be absent?',
        outsideEvents:
          'We know that things happening outside school can lead to absence. Could that be the case for your child?',
        familyEvents: "Have there been events in the family or in free time that could explain your child's absence?",
        health: 'Are there health reasons why your child is away from school?',
        whatCanYou: 'What can you do to help your child come to school?',
        whatCanI: 'What can I do to help your child come to school?',
        makeAgreement: 'Make a cooperation agreement that describes the measures and who is responsible.',
        background: "The background for this conversation is the school's concern about your child's absence.",
        agreedMeasures: 'We have agreed on the following measures …',
        followUp: 'Agree on the follow-up and, if needed, set a new meeting time.',
      },
    },
  },
  absence: {
    title: 'Absence',
    facts: {
      validDaysSemester: 'Days of valid absence this semester',
      invalidOccurrences: 'Number of times with unexcused absence',
      diffuseSingleDaysLastMonth: 'Single days away with vague complaints in the last month',
      lateArrivalsLastMonth: 'Number of times late in the last month',
      leavesLessonsRepeatedly: 'Leaves lessons repeatedly without coming back',
      pupilReportsStruggle: 'The pupil feels strong discomfort about school or says it is hard to come',
      parentReportsStruggle: 'A parent reports a constant struggle to get the pupil to school',
      note: 'Note on the absence',
    },
    criteria: {
      pupilReportsStruggle: {
        label: 'The pupil reports discomfort',
        rule: 'The pupil feels strong discomfort related to school or says it is hard to come.',
      },
      invalidAbsence: {
        label: 'Unexcused absence',
        rule_one: 'Unexcused absence more than {{count}} time.',
        rule_other: 'Unexcused absence more than {{count}} times.',
      },
      diffuseSingleDays: {
        label: 'Frequent absence for vague complaints',
        rule_one: 'Absence for vague complaints on more than {{count}} single day in one month.',
        rule_other: 'Absence for vague complaints on more than {{count}} single days in one month.',
      },
      validAbsence: {
        label: 'A lot of valid absence',
        rule_one: 'Valid absence of more than {{count}} day in the semester.',
        rule_other: 'Valid absence of more than {{count}} days in the semester.',
      },
      lateArrivals: {
        label: 'Arrives late',
        rule_one: 'Late more than {{count}} time in one month.',
        rule_other: 'Late more than {{count}} times in one month.',
      },
      leavesLessons: {
        label: 'Leaves lessons',
        rule: 'Repeatedly leaves lessons without coming back.',
      },
      parentReportsStruggle: {
        label: 'A parent reports a struggle',
        rule: 'A parent reports a constant struggle to get the pupil to school.',
      },
    },
    status: {
      met: 'Met',
      notMet: 'Not met',
      unknown: 'Not recorded',
    },
    worrying: "The absence is worrying by the municipality's criteria.",
    notWorrying: 'None of the criteria for worrying absence is met by what has been recorded.',
    settings: {
      monthWindow: {
        label: 'How a month is counted',
        calendar: 'Calendar month',
        rolling: 'Last 30 days',
      },
    },
  },
  continuum: {
    definitionTitle: 'Definition (Ingul 2011)',
    title: 'Worrying school absence',
    definition:
      '“Absence from teaching and from the social community of the school, valid or not, of an extent or frequency that raises concern for the pupil’s learning and for the pupil’s social belonging and development.” (Ingul 2011, translated)',
    intro: 'Kearney (2001) describes school absence on a continuum, from a pupil who dreads school and tries to avoid it, to a pupil who stays home for a long time.',
    where: 'Where is the pupil now? (the adults’ judgement)',
    whereHint: 'In the full minutes, the parents’ copy too. Never shown on the shared screen.',
    stages: {
      stressful: 'Going to school is stressful, and the pupil has excuses for not taking part',
      morningRefusal: 'Repeated episodes of refusal in the morning, where the pupil tries to avoid school',
      lateArrivals: 'Repeated episodes where the pupil arrives late for school',
      periodicAbsence: 'Absence now and then, or from some lessons',
      repeatedAbsence: 'Repeated days of absence or absence from lessons, combined with attendance',
      completeAbsencePeriod: 'Complete absence for a certain period of the school year',
      totalAbsence: 'Total absence from school over a long period',
    },
  },
  factors: {
    title: 'The four maintaining factors',
    basicStance: 'Basic stance: nearly all pupils want to be like the others and want to go to school.',
    escapeGroup: 'The absence goes on because the pupil escapes something unpleasant',
    gainGroup: 'The absence goes on because the pupil gains something outside school',
    relevant: 'Relevant for this pupil',
    note: 'Note',
    avoidNegativeAffect: {
      name: 'Avoiding unpleasant feelings linked to school',
      plain: 'Something at school gives the pupil unpleasant feelings such as fear, worry or sadness. By staying away, the pupil avoids those feelings.',
      child: 'Something at school makes me scared or sad.',
      younger: 'Something at school makes me scared.',
    },
    escapeSocialEvaluative: {
      name: 'Escaping social situations and being assessed',
      plain: 'The pupil avoids situations with other people or where they are assessed, such as speaking in class, tests or group work.',
      child: 'It is hard for me to speak in class, have tests or be with the others.',
      younger: 'It is hard to talk in class.',
    },
    attention: {
      name: 'Getting attention from parents or other important people',
      plain: 'The pupil wants to be at home with a parent or another important adult, and the absence gives more time and attention from them.',
      child: 'I would rather be at home with mum, dad or another grown-up I love.',
      younger: 'I want to be at home with mum or dad.',
    },
    tangibleRewards: {
      name: 'Getting good things outside school',
      plain: 'Being at home or somewhere else is more tempting than school, for example screens, games, sleep or friends.',
      child: 'It is more fun at home, with screens, games, sleeping in or friends.',
      younger: 'It is fun to be at home.',
    },
  },
  sras: {
    /** The profile as the shared screen shows it to the child. */
    childView: {
      caption: 'What you answered on the form',
      about: 'What it is about',
      you: 'You',
      parents: 'Your parents',
      together: 'Together',
      highest: 'Highest',
    },
    title: 'SRAS-R: what the absence does for the pupil',
    child: "Child's score",
    parent: "Parent's score",
    combined: 'Average',
    primary: 'Most likely function',
    notice:
      'Enter only the average score (0–6) for each function from a completed form. The SRAS-R questions are copyrighted and are not shown here.',
    tieRule: 'Scores within 0.25 of the highest count as equally high.',
  },
  viciousCircle: {
    title: 'The vicious circle',
    slogan: 'Absence leads to more absence.',
    afterBreaks:
      'The circle can also start after holidays or illness. Consider contacting the pupil before the restart to help them come back.',
    stages: {
      discomfort: {
        plain: 'Discomfort or anxiety about school',
        child: 'I dread school or feel scared of going.',
        younger: 'I am scared.',
      },
      avoidance: {
        plain: 'Avoidance and absence',
        child: 'I stay at home.',
        younger: 'I stay home.',
      },
      relief: {
        plain: 'Short-term relief',
        child: 'It feels good right away, because I get out of it.',
        younger: 'It feels good.',
      },
      fallingBehind: {
        plain: 'The pupil falls behind with schoolwork and loses touch with peers',
        child: 'I miss schoolwork and see my friends less.',
        younger: 'I miss things.',
      },
      negativeThoughts: {
        plain: 'Negative thoughts about school and a feeling of not coping',
        child: 'I think school is hard and that I cannot do it.',
        younger: 'I think I cannot do it.',
      },
      harderToReturn: {
        plain: 'More anxiety, and it gets harder to come back',
        child: 'I get even more scared, and going back gets even harder.',
        younger: 'It gets even worse.',
      },
      moreAbsence: {
        plain: 'More absence',
        child: 'So I stay at home again, and the circle goes on.',
        younger: 'I stay home again.',
      },
    },
  },
  pushPull: {
    title: 'Push and pull',
    hint: 'The right measures reduce both: measures at school mostly reduce what pushes away from school, measures at home mostly what pulls towards home.',
    push: {
      label: 'Pushes away from school',
      child: 'Things that make it hard to be at school',
      younger: 'This makes school hard',
    },
    pull: {
      label: 'Pulls towards home',
      child: 'Things that make me want to be at home',
      younger: 'This pulls me home',
    },
    examples: {
      push: {
        bullying: 'Bullying or being picked on',
        noFriends: 'No friends or no one to be with',
        learningDifficulties: 'Learning difficulties or struggling with schoolwork',
        testsOrSpeaking: 'Tests or speaking aloud in class',
        teacherRelation: 'A difficult relationship with a teacher',
        restlessClass: 'A restless class',
        transitions: 'Transitions and changes',
        sensoryLoad: 'A lot of noise, light and people around',
      },
      pull: {
        separationWorry: 'Worry about being away from the parents',
        parentHome: 'A parent is at home during the day',
        familyIllnessOrLoss: 'Illness or loss in the family',
        caringTasks: 'Caring tasks at home',
        screensAndGames: 'Screens and games',
        sleepingIn: 'Sleeping in or a shifted sleep rhythm',
      },
    },
  },
  systemModel,
  mapping: {
    title: 'Mapping',
    resource: 'Resource',
    risk: 'Risk',
    resources: 'Resources',
    risks: 'Risks',
    resourceSign: '+',
    riskSign: '−',
    saidBy: 'Said by',
    unknownArea: 'No area',
    repeatBack: 'Repeat or rephrase what comes up, to make sure everyone understands it the same way.',
  },
  agreement: {
    title: 'Cooperation agreement between parents and school',
    purpose:
      'The purpose of the agreement is to make measures together with the pupil and parents, so the pupil learns as much as possible as part of the school community.',
    pupil: 'Pupil',
    school: 'School',
    class: 'Class',
    status: 'Status (the present situation)',
    mainGoal: 'Main goal',
    subGoal: 'Sub-goal',
    measure: 'Measure',
    responsible: 'Responsible',
    deadline: 'Deadline',
    period: 'The agreement covers the period',
    periodFrom: 'From',
    periodTo: 'To',
    signatures: {
      kontaktlaerer: 'Contact teacher',
      elev: 'Pupil',
      foresatte: 'Parents',
    },
    evaluation: {
      title: 'How the measures from last time went',
      outcome: 'How it went',
      worked: 'Worked',
      partly: 'Partly worked',
      didNotWork: 'Did not work',
      notTried: 'Not tried yet',
      note: 'Note',
    },
    issues: {
      noMeasure: 'The row has no measure',
      noResponsible: 'The row has no one responsible',
      noDeadline: 'The row has no deadline',
    },
  },
  measureLibrary: {
    title: 'Suggested measures',
    intro:
      'Early action and high intensity are key. The aim is a normal everyday life where the pupil is taught at school.',
    discouragedWarning: 'Advised against in the guide',
    groups: {
      school: 'Measures at school',
      homeSchool: 'Measures for home–school cooperation',
      home: 'Measures at home',
      discouraged: 'Measures advised against',
    },
    items: {
      lowStigma: "Measures that single the pupil out as little as possible and protect the pupil's dignity",
      togetherWithPupil: 'Make the measures together with the pupil',
      safeAdult: 'Build and keep up good relationships with adults at school, so the pupil feels safe',
      predictability: 'Create predictability and structure so the pupil can feel safe',
      fixedPersonMeets: 'The pupil is met by the same person, ideally at a fixed time and place',
      dailyTalks: 'Daily or regular talks with the pupil focused on mastery and emotional support',
      masteredSubjects: 'Focus on subjects the pupil masters, and make sure teaching is adapted',
      prepareChanges:
        'Prepare and inform the pupil about changes to the daily routine, including "different days" such as trips and celebrations',
      placeToGo:
        'Agree that when anxious or uncomfortable, the pupil can go to the school nurse, the social teacher, the office or a quiet room for a break, instead of going home',
      meetAtCar:
        'If the pupil is driven to school: a member of staff or a classmate meets the pupil in the car park and walks in with them',
      noSpeakingAloud: 'An individual agreement that for a while the pupil does not have to answer aloud in class',
      smallGroup: 'Gradual return with teaching in a small group or one-to-one at school for a while',
      informClass:
        'Tell the class or year group about the absence if the pupil and parents consent; decide what to say together with them',
      contactWhileAway:
        'Keep up good contact with classmates while the pupil is away: visits, letters from the class, friendly messages, digital platforms',
      seating: 'Think about where the pupil sits in the classroom, and let the pupil choose who sits nearby',
      fixedActivity: 'Offer a regular activity during school hours, alone with the pupil or with a few chosen classmates',
      structuredBreaks:
        'Regular activities at break time, such as a games club, book club or drawing club, to give clear and safe social settings',
      walkingCompanion: 'Make sure the pupil has someone to walk to and from school with',
      closeCooperation: 'Close cooperation between pupil, parents and school as the basis for every measure',
      parentsMostImportant: "Affirm to the parents that they are their child's most important support and person to talk to",
      regularContact:
        'Regular home–school contact: e-mail or other written contact, daily or weekly phone calls, regular meetings',
      reassureParents:
        'Reassure the parents that the school is doing its best for the pupil to thrive, and tell them enough about how the pupil is doing at school',
      supportParents: "Support parents whose child does not want to go to school, and acknowledge their difficulties",
      dailyReport: 'Tell the parents how the day went and how the school has planned the next school day',
      clearExpectation:
        'The parents are clear that the child is going to school, and reassure the child that they will manage it soon',
      parentsAgree: 'The parents show clearly that they agree the child is going to school, and back each other up',
      swapRoles: 'The parents swap tasks and roles with the child for a period',
      sleepRhythm: 'A fixed, clear sleep rhythm at home',
      morningRoutine: 'A fixed morning routine with plenty of time before school starts',
      homeDayLikeSchool: 'When the child is at home instead of at school, the day looks like a school day, with schoolwork',
      noScreens: 'No TV, computer games or activities with parents during school hours when the child is at home from school',
      parentOut: 'A parent who is at home in the daytime considers spending school hours outside the home for a period',
      praiseSubGoals: 'Give recognition, rewards and praise when sub-goals are reached',
      masteryBelief: "Motivate the child and strengthen the child's belief in coping with everyday life",
      niceActivities: 'Do nice things together with the child outside school hours',
      peerContact: 'Help the child reach out to peers in free time',
      keepLeisure: "Keep up the child's leisure activities",
      notOnlyTopic: 'Do not let the absence be the only topic in the family',
      homeTeaching: 'Teaching at home',
      exemption: 'Exemption from teaching',
      changingSchool: 'Changing school',
    },
    discouragedWhy: {
      homeTeaching:
        'Rarely recommended, because it can keep the absence going. Use only in special cases and for a short period, while working for the pupil to come to school.',
      exemption:
        'Not recommended. Exemption can make measures stop, make the absence seem legitimate and make it last.',
      changingSchool:
        'Seldom recommended. The pupil may feel rejected by the local school, and the move itself can be a strain.',
    },
  },
  referral: {
    title: 'Is the guide still the right path?',
    notSufficient:
      'The guide is not sufficient where a pupil has been absent for a long time and its measures have not helped, or where there is worry about neglect, serious mental illness or extensive conflict between the parents. Then the ordinary routines for referral and for reporting to child welfare apply.',
    question: 'Does the work go on by the guide?',
    yes: 'Yes, we go on by the guide',
    no: 'No, the case takes another route',
    route: 'Which route',
    routes: {
      ppt: 'Referral to the PP service',
      barnevern: 'Report to child welfare',
      familieteam: 'Family team',
      bupa: 'Referral to BUPA (child and adolescent mental health)',
      familievernkontoret: 'Family counselling office',
      annet: 'Other',
    },
    responsible: 'Who does it',
    note: 'Note on the way ahead',
    notOnScreen: 'In the full minutes, the parents’ copy too. Never on the shared screen or in the child’s summary.',
  },
  concern: {
    raisedBy: 'Who raised the concern',
    raisedByService: 'Service or role',
    raisedOn: 'When',
    reason: 'What the concern is about',
    childWants: 'What the child wants the meeting to decide',
    desiredSituation: 'How we want it to be (the situation we want)',
  },
  frames: {
    meetingLeader: 'Meeting leader',
    minuteTaker: 'Minute-taker',
    plannedLength: 'Planned length (minutes)',
    confidentialityReminder: 'Reminder of the duty of confidentiality given',
    confidentialityText:
      'All services have a duty of confidentiality. What is said in the meeting is shared as the parents have consented to. The exception is the duty to inform child welfare: if there is reason to believe the child is being abused or seriously neglected, whoever knows must tell child welfare, without consent.',
    contentAndMethod: 'Content and method',
    gruff: 'The "gruff" agreement',
    gruffPrompt: 'What do we do if something gets hard, or if someone does not follow up what we agreed?',
  },
  info: {
    title: 'Information from the pupil, parents and school',
    reminder: 'Short information about the situation here and now. The mapping comes later in the meeting.',
    pupilNow: 'From the pupil',
    parentsNow: 'From the parents',
    schoolNow: 'From the school',
    pupilVoice: {
      label: "How the pupil's voice was heard",
      note: 'Note',
      methods: {
        present: 'The pupil took part in the meeting',
        conversation: 'A conversation with the pupil before the meeting',
        written: 'The pupil wrote or drew something for the meeting',
        safetyPerson: "The safety person passed on the pupil's wishes",
        other: 'In another way',
        notGathered: "The pupil's voice has not been heard yet",
      },
      reminder: 'Remember to talk with the pupil if the pupil is not at the meeting.',
    },
  },
  closing: {
    nextMeetingDate: 'Next meeting',
    minutesRecipients: 'The minutes go to',
    noNextMeeting: 'No new meeting date agreed',
  },
  feedback: {
    title: 'What did you think of the meeting?',
    safe: {
      question: 'How safe did you feel in the meeting?',
      scale: {
        '1': 'Very unsafe',
        '2': 'A bit unsafe',
        '3': 'In between',
        '4': 'Quite safe',
        '5': 'Very safe',
      },
    },
    useful: {
      question: 'Did the meeting help you?',
      scale: {
        '1': 'No, not at all',
        '2': 'A little',
        '3': 'In between',
        '4': 'Quite a lot',
        '5': 'Yes, a lot',
      },
    },
    comment: 'Is there anything else you want to say?',
  },
  events: {
    parked: 'Parked topics',
  },
} as const satisfies DomainResource;
