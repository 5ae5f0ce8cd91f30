/**
 * Domain wording, nynorsk. Same keys as bokmål (`../nb/domain.ts`), which is the reference.
 * Keys named `child` are read by pupils from about 10 years old.
 */
import type { DomainResource } from '../../domain-text';
import { services, systemModel } from './domain-names';

export default {
  services,
  /** Services as the shared screen names them for the child: short, everyday words. */
  servicesChild: {
    kontaktlaerer: 'Kontaktlærar',
    skoleledelse: 'Leiar på skulen',
    helsesykepleier: 'Helsesjukepleiar',
    ppt: 'PPT',
    barnevern: 'Barnevernet',
    familieteam: 'Familieteamet',
    elev: 'Elev',
    foresatt: 'Forelder',
    trygghetsperson: 'Trygg vaksen',
    tolk: 'Tolk',
    annet: 'Anna',
  },
  presence: {
    room: 'I møterommet',
    remote: 'Digitalt',
  },
  meetingKinds: {
    named: 'Samarbeidsmøte med elev og føresette',
    anonymous: 'Anonym drøfting',
    followup: 'Oppfølgingsmøte',
  },
  pupil: {
    name: 'Namnet til eleven',
    class: 'Klasse',
    school: 'Skule',
    dateOfBirth: 'Fødselsdato',
    anonymousNotice:
      'Dette er ei anonym drøfting. Ikkje skriv noko som kan identifisere eleven: namn, klasse, skule, fødselsdato eller namn på føresette.',
  },
  participant: {
    name: 'Namn',
    service: 'Teneste eller rolle',
    serviceOther: 'Anna teneste eller rolle',
    presence: 'Deltek',
    invited: 'Kalla inn til møtet',
    presentationPrompt: 'Sei namnet ditt, kva teneste du kjem frå og noko du er glad i.',
    presentationPromptChild: 'Sei namnet ditt og noko du er glad i.',
  },
  interpreter: {
    used: 'Tolk nytta i møtet',
    language: 'Språk',
    qualifiedOnly: 'Bruk ein kvalifisert tolk. Barnet skal aldri tolke for dei vaksne.',
  },
  consent: {
    service: 'Teneste',
    given: 'Samtykke gitt',
    date: 'Dato for samtykke',
    scope: 'Kva samtykket gjeld',
    withdrawnOn: 'Samtykket trekt tilbake',
    explanation:
      'Tenestene har teieplikt. Opplysningar blir delte mellom tenestene når føresette har gitt informert samtykke, og samtykket kan trekkjast tilbake. Unntaket er opplysningsplikta: er det grunn til å tru at barnet blir mishandla eller utsett for alvorleg omsorgssvikt, skal dei tilsette melde frå til barnevernstenesta, utan samtykke.',
    status: {
      given: 'Samtykke gitt',
      notGiven: 'Samtykke ikkje gitt',
      withdrawn: 'Samtykke trekt tilbake',
      missing: 'Samtykke ikkje registrert',
      notRequired: 'Treng ikkje samtykke',
    },
  },
  checklist: {
    done: 'Gjort',
    note: 'Merknad',
    shownToEveryone: 'Blir vist for alle i møtet',
    before: {
      title: 'Før møtet',
      informed: {
        label: 'Barnet har fått informasjon om samarbeidsmøtet og kvifor det blir halde',
        child: 'Eg veit kva møtet handlar om, og kvifor vi skal ha det.',
        younger: 'Eg veit kva møtet er.',
      },
      safetyPerson: {
        label: 'Barnet har valt kva tryggleiksperson som skal vere med inn i møtet',
        child: 'Eg har valt ein vaksen eg er trygg på, som skal vere med meg i møtet.',
        younger: 'Eg har valt ein trygg vaksen.',
      },
      safePlan: {
        label: 'Barnet og dei vaksne har saman planlagt korleis møtet kan gjerast trygt',
        child: 'Vi har snakka om kva som gjer møtet trygt for meg.',
        younger: 'Vi har snakka om kva som er trygt.',
      },
      adults: {
        label: 'Det er avtalt med barnet kva vaksne som kan vere med inn i møtet',
        child: 'Eg veit kva vaksne som skal vere med, og eg har fått seie kva eg meiner.',
        younger: 'Eg veit kven som kjem.',
      },
      topics: {
        label: 'Det er avtalt med barnet kva som er temaet for møtet og kva som kan seiast',
        child: 'Vi har avtalt kva vi skal snakke om, og kva som ikkje skal seiast.',
        younger: 'Vi har avtalt kva vi snakkar om.',
      },
      unplannedTopics: {
        label: 'Det er avtalt kva vi gjer dersom uplanlagde tema kjem opp i møtet',
        child: 'Vi har avtalt kva vi gjer dersom nokon byrjar å snakke om noko vi ikkje har planlagt.',
        younger: 'Vi veit kva vi gjer om noko nytt kjem opp.',
      },
      feelsUnsafe: {
        label: 'Det er avtalt kva som skal gjerast dersom møtet blir utrygt og barnet får det vanskeleg',
        child: 'Vi har avtalt kva vi gjer dersom møtet blir vanskeleg eller skummelt for meg.',
        younger: 'Vi veit kva vi gjer om det blir skummelt.',
      },
    },
    during: {
      title: 'Under møtet',
      presentation: 'Alle seier namnet sitt, kva teneste dei er frå og noko dei er glade i.',
      explainTopics: 'Tryggleikspersonen eller møteleiaren forklarer temaa det skal snakkast om.',
      decideTogether: 'Det som skal avgjerast i møtet, blir avgjort saman med barnet.',
      considerEnding:
        'Dersom noko som ikkje er avtalt dukkar opp som tema, vurder å avslutte møtet, slik at barnet kan uttale seg om det på ein tryggare måte.',
    },
    after: {
      title: 'Etter møtet',
      readsMinutes: {
        label: 'Barnet får lese referatet, gjerne saman med tryggleikspersonen',
        child: 'Eg får lese det som vart skrive frå møtet, gjerne saman med tryggleikspersonen min.',
        younger: 'Eg får lese kva vi skreiv.',
      },
      givesFeedback: {
        label: 'Barnet får gi tilbakemelding på kor trygt og nyttig møtet var',
        child: 'Eg får seie kor trygt det var i møtet, og om det hjelpte meg.',
        younger: 'Eg får seie korleis det var.',
      },
      toldWhatNext: {
        label: 'Barnet får informasjon om kva som skal skje vidare',
        child: 'Eg får vite kva som skal skje no.',
        younger: 'Eg får vite kva som skjer no.',
      },
      involved: {
        label: 'Det blir samarbeidd tett med barnet om det som skal skje vidare',
        child: 'Dei vaksne gjer ting saman med meg, ikkje berre for meg.',
        younger: 'Dei vaksne gjer ting saman med meg.',
      },
    },
  },
  guides: {
    heldOn: 'Samtalen vart halden',
    heldBy: 'Samtalen vart halden av',
    summary: 'Oppsummering av samtalen',
    covered: 'Teke opp i samtalen',
    pupil: {
      title: 'Samtale med eleven (vedlegg 1)',
      sections: {
        opening: {
          title: 'Oppstart av samtalen',
          guidance:
            'Å snakke om fråvær kan vere vanskeleg for eleven. Bruk tid i starten på å skape ein trygg og open dialog utan konfrontasjon.',
        },
        schoolDay: {
          title: 'Korleis eleven opplever skuledagen',
          guidance:
            'For dei yngste elevane er det viktig å vere så konkret som mogleg. Bruk gjerne timeplanen som utgangspunkt for å beskrive dagen.',
        },
        social: {
          title: 'Sosialt nettverk og jamaldra, på skulen og i fritida',
        },
        timeAway: {
          title: 'Kva eleven gjer i skuletida når eleven ikkje er på skulen',
        },
        ownView: {
          title: 'Korleis eleven sjølv opplever fråværet, og kva støtte eleven treng',
        },
        measures: {
          title: 'Tiltak',
        },
        summary: {
          title: 'Oppsummering av samtalen',
          guidance: 'Gi ei kort oppsummering av innhaldet i samtalen.',
        },
      },
      points: {
        safeDialogue: 'Skap ein trygg og open dialog utan konfrontasjon.',
        purpose:
          'Fortel at føremålet med samtalen er at du er uroa for skulefråværet til eleven, og at målet er å finne tiltak og hjelpe eleven til å vere på skulen.',
        parentsContact: 'Dersom du har snakka med eller skal snakke med føresette, fortel eleven om det.',
        likedSituations: 'Kva situasjonar og aktivitetar på skulen liker du?',
        hardSituations: 'Er det situasjonar eller aktivitetar du opplever som vanskelege?',
        likedAdults: 'Kva vaksne liker du å vere saman med?',
        hardAdults: 'Er det nokon vaksne du synest det er vanskeleg å vere saman med?',
        schoolRoute: 'Korleis har du det på skulevegen? Har du nokon å gå saman med?',
        breaksAndLessons: 'Korleis trivst du i friminutta og i timane?',
        whoWith: 'Kven er du saman med på skulen?',
        othersWant: 'Opplever du at andre vil vere saman med deg?',
        bullied: 'Har du opplevd å bli plaga eller mobba?',
        whatAtHome: 'Kva gjer du når du er heime frå skulen?',
        triedToHelp: 'Var det nokon som prøvde å hjelpe deg med å kome på skulen?',
        someoneHome: 'Er det nokon heime saman med deg når du ikkje er på skulen?',
        wishDifferent:
          'Er det noko du skulle ønskje var annleis, og som ville gjere det lettare for deg å møte på skulen?',
        whatCanI: 'Kva kan eg gjere for at det skal bli lettare for deg å vere på skulen?',
        whatCanParents:
          'Kva kan mamma, pappa eller eventuelt andre gjere for at det skal bli lettare for deg å møte på skulen?',
        whatCanYou: 'Kva kan du gjere?',
        worriedOutside: 'Er det noko som har hendt, eller som du er uroleg for, utanfor skuletida?',
        makeTogether: 'Lag tiltak saman med eleven ut frå det som kom fram i samtalen.',
        whyTalk: 'Eg ville snakke med deg i dag fordi du har vore mykje borte frå skulen …',
        talkedAbout: 'Vi har snakka om … og du har fortalt meg …',
        agreed:
          'Vi har snakka om kva vi kan gjere annleis på skulen som gjer det lettare for deg å vere her, og saman har vi vorte samde om …',
      },
    },
    parents: {
      title: 'Samtale med føresette (vedlegg 2)',
      sections: {
        opening: {
          title: 'Oppstart av samtalen',
          guidance:
            'Fortel om føremålet med samtalen, som er samarbeid om tiltak som fremjar nærvær. Gi deretter konkret informasjon om fråværet til eleven.',
        },
        wellbeing: {
          title: 'Korleis føresette opplever trivselen til barnet, og moglege årsaker til fråværet',
        },
        support: {
          title: 'Kva støtte føresette treng',
        },
        agreement: {
          title: 'Samarbeidsavtale',
        },
        summary: {
          title: 'Oppsummering av samtalen',
          guidance: 'Gi ei kort oppsummering av innhaldet i samtalen.',
        },
      },
      points: {
        purpose: 'Fortel at føremålet er samarbeid for å kome fram til tiltak som vil fremje nærvær.',
        absenceFacts: 'Gi konkret informasjon om fråværet til eleven.',
        schoolRoutines: 'Fortel om arbeidet og rutinane skulen har for å fremje skulenærvær.',
        schoolFactors: 'Kan det vere tilhøve på skulen som gjer at barnet ditt har fråvær?',
        outsideEvents:
          'Vi har erfaring med at tilhøve eller hendingar utanfor skulen kan føre til at elevar har fråvær. Kan det vere slik for barnet ditt?',
        familyEvents: 'Har det vore hendingar i familien eller i fritida som kan forklare fråværet til barnet ditt?',
        health: 'Er det helsemessige årsaker til at barnet ditt er borte frå skulen?',
        whatCanYou: 'Kva kan du gjere for at barnet ditt skal kome på skulen?',
        whatCanI: 'Kva kan eg gjere for at barnet ditt skal kome på skulen?',
        makeAgreement: 'Lag ein samarbeidsavtale med skildring av tiltak og ansvar.',
        background: 'Bakgrunnen for denne samtalen har vore at skulen er uroa for fråværet til barnet ditt.',
        agreedMeasures: 'Vi har vorte samde om desse tiltaka …',
        followUp: 'Bli samde om vidare oppfølging, og avtal eventuelt eit nytt møtetidspunkt.',
      },
    },
  },
  absence: {
    title: 'Fråvær',
    facts: {
      validDaysSemester: 'Dagar med gyldig fråvær dette semesteret',
      invalidOccurrences: 'Talet på gonger med ugyldig fråvær',
      diffuseSingleDaysLastMonth: 'Enkeltdagar borte på grunn av diffuse plager siste månaden',
      lateArrivalsLastMonth: 'Talet på gonger for seint siste månaden',
      leavesLessonsRepeatedly: 'Forlèt undervisninga fleire gonger utan å kome tilbake i timen',
      pupilReportsStruggle: 'Eleven opplever sterkt ubehag knytt til skulen eller seier at det er vanskeleg å møte',
      parentReportsStruggle: 'Føresette melder om stadig strev med å få eleven på skulen',
      note: 'Merknad om fråværet',
    },
    criteria: {
      pupilReportsStruggle: {
        label: 'Eleven melder om ubehag',
        rule: 'Eleven opplever sterkt ubehag knytt til skulen eller melder om at det er vanskeleg å møte opp.',
      },
      invalidAbsence: {
        label: 'Ugyldig fråvær',
        rule_one: 'Ugyldig fråvær meir enn {{count}} gong.',
        rule_other: 'Ugyldig fråvær meir enn {{count}} gonger.',
      },
      diffuseSingleDays: {
        label: 'Hyppig fråvær på grunn av diffuse plager',
        rule_one: 'Fråvær på grunn av diffuse plager meir enn {{count}} enkeltdag i løpet av éin månad.',
        rule_other: 'Fråvær på grunn av diffuse plager meir enn {{count}} enkeltdagar i løpet av éin månad.',
      },
      validAbsence: {
        label: 'Mykje gyldig fråvær',
        rule_one: 'Gyldig fråvær som går over {{count}} dag i løpet av semesteret.',
        rule_other: 'Gyldig fråvær som går over {{count}} dagar i løpet av semesteret.',
      },
      lateArrivals: {
        label: 'Kjem for seint',
        rule_one: 'Kjem for seint meir enn {{count}} gong i løpet av éin månad.',
        rule_other: 'Kjem for seint meir enn {{count}} gonger i løpet av éin månad.',
      },
      leavesLessons: {
        label: 'Forlèt undervisninga',
        rule: 'Forlèt undervisninga gong på gong utan å kome tilbake i timen.',
      },
      parentReportsStruggle: {
        label: 'Føresette melder om strev',
        rule: 'Ein føresett melder om stadig strev med å få eleven på skulen.',
      },
    },
    status: {
      met: 'Oppfylt',
      notMet: 'Ikkje oppfylt',
      unknown: 'Ikkje registrert',
    },
    worrying: 'Fråværet er urovekkjande etter kriteria til kommunen.',
    notWorrying: 'Ingen av kriteria for urovekkjande fråvær er oppfylte ut frå det som er registrert.',
    settings: {
      monthWindow: {
        label: 'Korleis månaden blir rekna',
        calendar: 'Kalendermånad',
        rolling: 'Siste 30 dagar',
      },
    },
  },
  continuum: {
    definitionTitle: 'Definisjon (Ingul 2011)',
    title: 'Uroande skulefråvær',
    definition:
      '«Fravær fra undervisningen og det sosiale fellesskapet i skolen, gyldig eller ugyldig, av et omfang/en hyppighet som medfører bekymring knyttet til elevens faglige utvikling, samt elevens sosiale tilhørighet og utvikling.» (Ingul 2011, sitert på bokmål)',
    intro: 'Kearney (2001) skildrar skulefråvær på eit kontinuum, frå at eleven gruar seg og prøver å unngå skulen, til at eleven er heime over lengre tid.',
    where: 'Kvar er eleven no? (vurderinga til dei vaksne)',
    whereHint: 'Står i heile referatet, også kopien til foreldra. Blir aldri vist på storskjermen.',
    stages: {
      stressful: 'Oppmøte på skulen er stressande, og eleven har påskot for ikkje å delta',
      morningRefusal: 'Gjentekne episodar med vegringsåtferd om morgonen, der eleven prøver å unngå skulen',
      lateArrivals: 'Gjentekne episodar der eleven kjem for seint til skulen',
      periodicAbsence: 'Periodevis fråvær eller fråvær i enkelte timar',
      repeatedAbsence: 'Gjentekne fråværsdagar eller fråvær i timar kombinert med oppmøte på skulen',
      completeAbsencePeriod: 'Fullstendig fråvær i ein bestemd periode av skuleåret',
      totalAbsence: 'Totalt fråvær frå skulen over ein lengre periode',
    },
  },
  factors: {
    title: 'Dei fire oppretthaldande faktorane',
    basicStance: 'Grunnhaldning: dei aller fleste elevar ønskjer å vere som dei andre og ønskjer å kome på skulen.',
    escapeGroup: 'Fråværet held fram fordi eleven slepp unna noko ubehageleg',
    gainGroup: 'Fråværet held fram fordi eleven får noko positivt utanfor skulen',
    relevant: 'Aktuell for denne eleven',
    note: 'Merknad',
    avoidNegativeAffect: {
      name: 'Unngå ubehagelege kjensler knytte til skulen',
      plain: 'Noko på skulen gir eleven ubehagelege kjensler, som frykt, uro eller tristheit. Ved å vere borte slepp eleven desse kjenslene.',
      child: 'Noko på skulen gjer at eg blir redd eller lei meg.',
      younger: 'Noko på skulen gjer meg redd.',
    },
    escapeSocialEvaluative: {
      name: 'Sleppe unna sosiale situasjonar og vurderingssituasjonar',
      plain: 'Eleven unngår situasjonar der eleven må vere saman med andre eller blir vurdert, til dømes å snakke i klassen, prøver eller gruppearbeid.',
      child: 'Det er vanskeleg for meg å snakke i klassen, ha prøver eller vere saman med dei andre.',
      younger: 'Det er vondt å snakke i klassen.',
    },
    attention: {
      name: 'Få merksemd frå føresette eller andre viktige personar',
      plain: 'Eleven ønskjer å vere heime saman med ein forelder eller ein annan viktig vaksen, og fråværet gir meir tid og merksemd frå dei.',
      child: 'Eg vil heller vere heime saman med mamma, pappa eller ein annan vaksen eg er glad i.',
      younger: 'Eg vil vere heime med mamma eller pappa.',
    },
    tangibleRewards: {
      name: 'Få gode utanfor skulen',
      plain: 'Det er meir freistande å vere heime eller ein annan stad enn på skulen, til dømes med skjerm, spel, søvn eller vener.',
      child: 'Det er kjekkare å vere heime, med skjerm, spel, sove lenge eller vener.',
      younger: 'Det er gøy å vere heime.',
    },
  },
  sras: {
    /** The profile as the shared screen shows it to the child. */
    childView: {
      caption: 'Det de svarte på skjemaet',
      about: 'Kva det handlar om',
      you: 'Du',
      parents: 'Foreldra',
      together: 'Til saman',
      highest: 'Høgast',
    },
    title: 'SRAS-R: funksjonen til fråværet',
    child: 'Skåren til barnet',
    parent: 'Skåren til føresette',
    combined: 'Gjennomsnitt',
    primary: 'Mest sannsynlege funksjon',
    notice:
      'Skriv berre inn gjennomsnittsskåren (0–6) per funksjon frå eit utfylt skjema. Spørsmåla i SRAS-R er verna av opphavsrett og blir ikkje gjevne att her.',
    tieRule: 'Skårar som ligg innanfor 0,25 av den høgaste, blir rekna som like høge.',
  },
  viciousCircle: {
    title: 'Den vonde sirkelen',
    slogan: 'Fråvær skaper fråvær.',
    afterBreaks:
      'Sirkelen kan også starte etter feriar eller sjukdom. Ta gjerne kontakt med eleven før oppstart for å støtte eleven i å kome tilbake.',
    stages: {
      discomfort: {
        plain: 'Ubehag eller angst knytt til skulen',
        child: 'Eg gruar meg eller blir redd for å gå på skulen.',
        younger: 'Eg er redd.',
      },
      avoidance: {
        plain: 'Unngåing og fråvær',
        child: 'Eg blir verande heime.',
        younger: 'Eg blir heime.',
      },
      relief: {
        plain: 'Kortvarig letting',
        child: 'Det kjennest godt med ein gong, for då slepp eg.',
        younger: 'Det kjennest godt.',
      },
      fallingBehind: {
        plain: 'Eleven heng etter med skulearbeidet og mistar kontakt med jamaldra',
        child: 'Eg går glipp av skulearbeid og ser venene mine mindre.',
        younger: 'Eg går glipp av ting.',
      },
      negativeThoughts: {
        plain: 'Negative tankar om skulen og ei kjensle av å kome til kort',
        child: 'Eg tenkjer at skulen er vanskeleg, og at eg ikkje får det til.',
        younger: 'Eg trur eg ikkje får det til.',
      },
      harderToReturn: {
        plain: 'Meir angst, og det blir vanskelegare å kome tilbake',
        child: 'Eg blir endå reddare, og det blir endå vanskelegare å gå tilbake.',
        younger: 'Det blir endå verre.',
      },
      moreAbsence: {
        plain: 'Meir fråvær',
        child: 'Så blir eg heime igjen, og sirkelen held fram.',
        younger: 'Eg blir heime igjen.',
      },
    },
  },
  pushPull: {
    title: 'Push og pull',
    hint: 'Rette tiltak reduserer begge delar: tiltak på skulen reduserer mest det som skyv bort frå skulen, tiltak heime mest det som dreg mot heimen.',
    push: {
      label: 'Skyv bort frå skulen',
      child: 'Dette gjer det vanskeleg å vere på skulen',
      younger: 'Dette gjer skulen tung',
    },
    pull: {
      label: 'Dreg mot heimen',
      child: 'Dette gjer at eg vil vere heime',
      younger: 'Dette dreg meg heim',
    },
    examples: {
      push: {
        bullying: 'Mobbing eller plaging',
        noFriends: 'Manglar vener eller nokon å vere saman med',
        learningDifficulties: 'Lærevanskar eller fagleg strev',
        testsOrSpeaking: 'Prøver eller å snakke høgt i klassen',
        teacherRelation: 'Vanskeleg relasjon til ein lærar',
        restlessClass: 'Uroleg klasse',
        transitions: 'Overgangar og endringar',
        sensoryLoad: 'Mykje lyd, lys og folk rundt seg',
      },
      pull: {
        separationWorry: 'Uro for å vere borte frå føresette',
        parentHome: 'Ein forelder er heime på dagtid',
        familyIllnessOrLoss: 'Sjukdom eller tap i familien',
        caringTasks: 'Omsorgsoppgåver heime',
        screensAndGames: 'Skjerm og spel',
        sleepingIn: 'Søv lenge eller har snudd døgnet',
      },
    },
  },
  systemModel,
  mapping: {
    title: 'Kartlegging',
    resource: 'Ressurs',
    risk: 'Risiko',
    resources: 'Ressursar',
    risks: 'Risiko',
    resourceSign: '+',
    riskSign: '−',
    saidBy: 'Sagt av',
    unknownArea: 'Utan område',
    repeatBack: 'Gjenta eller omformuler det som kjem fram, for å sikre at alle har forstått det likt.',
  },
  agreement: {
    title: 'Samarbeidsavtale mellom føresette og skule',
    purpose:
      'Føremålet med samarbeidsavtalen er å utarbeide tiltak saman med elev og føresette, slik at eleven lærer mest mogleg innanfor fellesskapen på skulen.',
    pupil: 'Elev',
    school: 'Skule',
    class: 'Klasse',
    status: 'Status (skildring av situasjonen no)',
    mainGoal: 'Hovudmål',
    subGoal: 'Delmål',
    measure: 'Tiltak',
    responsible: 'Ansvar',
    deadline: 'Frist',
    period: 'Avtalen gjeld i perioden',
    periodFrom: 'Frå',
    periodTo: 'Til',
    signatures: {
      kontaktlaerer: 'Kontaktlærar',
      elev: 'Elev',
      foresatte: 'Føresette',
    },
    evaluation: {
      title: 'Evaluering av tiltaka frå førre møte',
      outcome: 'Korleis gjekk det',
      worked: 'Verka',
      partly: 'Verka delvis',
      didNotWork: 'Verka ikkje',
      notTried: 'Ikkje prøvd enno',
      note: 'Merknad',
    },
    issues: {
      noMeasure: 'Rada manglar tiltak',
      noResponsible: 'Rada manglar ansvarleg',
      noDeadline: 'Rada manglar frist',
    },
  },
  measureLibrary: {
    title: 'Forslag til tiltak',
    intro:
      'Tidleg innsats og høg intensitet er viktige prinsipp. Målet er ein normal kvardag der eleven får opplæringa si på skulen.',
    discouragedWarning: 'Frårådd i rettleiaren',
    groups: {
      school: 'Tiltak på skulen',
      homeSchool: 'Tiltak for samarbeid heim–skule',
      home: 'Tiltak i heimen',
      discouraged: 'Tiltak som blir frårådde',
    },
    items: {
      lowStigma: 'Tiltak som verkar minst mogleg stigmatiserande og tek vare på integriteten til eleven',
      togetherWithPupil: 'Utarbeid tiltaka saman med eleven',
      safeAdult: 'Etabler og før vidare positive relasjonar til vaksne på skulen, for å skape tryggleik',
      predictability: 'Skap føreseielegheit og struktur, slik at eleven kan oppleve tryggleik',
      fixedPersonMeets: 'Eleven blir møtt av ein fast person, gjerne på fast tidspunkt og stad',
      dailyTalks: 'Daglege eller jamlege samtalar med eleven med vekt på meistring og emosjonell støtte',
      masteredSubjects: 'Legg vekt på fag eleven meistrar, og sørg for fagleg tilpassa opplæring',
      prepareChanges:
        'Førebu og informer eleven om endringar i dagsrutinane, også om «annleisdagar» som turdagar og markeringar',
      placeToGo:
        'Avtal at eleven ved uro eller ubehag kan gå til helsesjukepleiaren, sosiallæraren, kontoret eller få ein pause på eit eige rom, i staden for å dra heim',
      meetAtCar:
        'Dersom eleven blir køyrd til skulen: ein tilsett eller ein medelev møter eleven på parkeringsplassen og følgjer eleven inn',
      noSpeakingAloud: 'Individuell avtale om at eleven for ei tid slepp å svare munnleg i klassen',
      smallGroup: 'Gradvis tilbakeføring med opplæring i lita gruppe eller individuelt på skulen for ei tid',
      informClass:
        'Informer klassen eller trinnet om fråværet dersom eleven og føresette samtykkjer; innhaldet blir laga saman med dei',
      contactWhileAway:
        'Hald positiv kontakt med medelevar medan eleven er borte: besøk, brev frå klassen, hyggelege meldingar, digitale plattformer',
      seating: 'Ver medviten om kvar eleven sit i klasserommet, og la eleven velje kven som sit i nærleiken',
      fixedActivity: 'Tilby ein fast aktivitet i skuletida, åleine med eleven eller saman med utvalde elevar',
      structuredBreaks:
        'Faste aktivitetar i friminutta, til dømes spelklubb, bokklubb eller teikneskule, som gir oversiktlege og trygge sosiale arenaer',
      walkingCompanion: 'Sørg for at eleven har nokon å gå saman med til og frå skulen',
      closeCooperation: 'Tett samarbeid mellom elev, føresette og skule som utgangspunkt for alle tiltak',
      parentsMostImportant: 'Stadfest overfor føresette at dei er den viktigaste samtalepartnaren og støtta for barnet sitt',
      regularContact:
        'Fast kontakt mellom heim og skule: e-post eller annan skriftleg kontakt, daglege eller vekentlege telefonsamtalar, jamlege samarbeidsmøte',
      reassureParents:
        'Gjer føresette trygge på at skulen gjer sitt beste for at eleven skal trivast, og gi nok informasjon om korleis eleven har det på skulen',
      supportParents: 'Gi støtte til føresette som opplever at barnet ikkje vil gå på skulen, og anerkjenn utfordringane deira',
      dailyReport: 'Fortel føresette korleis dagen har gått, og korleis skulen har planlagt neste skuledag',
      clearExpectation:
        'Føresette er tydelege på at barnet skal på skulen, og gjer samtidig barnet trygt på at det skal klare dette i nær framtid',
      parentsAgree: 'Føresette viser tydeleg at dei er samde om at barnet skal på skulen, og støttar kvarandre i oppgåva',
      swapRoles: 'Føresette byter oppgåver og roller overfor barnet for ein periode',
      sleepRhythm: 'Fast og tydeleg døgnrytme heime',
      morningRoutine: 'Fast morgonrutine med god tid før skulen byrjar',
      homeDayLikeSchool: 'Når barnet er heime frå skulen, liknar dagen ein skuledag, med skulefaglege oppgåver',
      noScreens: 'Ikkje TV, dataspel eller aktivitetar med foreldra i skuletida når barnet er heime frå skulen',
      parentOut: 'Føresette som er heime på dagtid, vurderer å gjere noko utanfor heimen i skuletida for ein periode',
      praiseSubGoals: 'Gi anerkjenning, løn og ros når delmål er nådde',
      masteryBelief: 'Motiver barnet og styrk trua på at det meistrar kvardagen',
      niceActivities: 'Gjer hyggelege ting saman med barnet utanfor skuletida',
      peerContact: 'Hjelp barnet til å ta kontakt med jamaldra i fritida',
      keepLeisure: 'Hald oppe deltakinga til barnet i fritidsaktivitetar',
      notOnlyTopic: 'Ikkje la skulefråværet vere det einaste temaet i familien',
      homeTeaching: 'Opplæring i heimen',
      exemption: 'Fritak frå opplæringa',
      changingSchool: 'Byte av skule',
    },
    discouragedWhy: {
      homeTeaching:
        'Blir i liten grad tilrådd, fordi det kan halde ved lag fråværet. Bør berre nyttast i særlege tilfelle og for ein kort periode, samtidig som det blir arbeidd for at eleven kjem på skulen.',
      exemption:
        'Blir ikkje tilrådd. Fritak kan føre til at tiltak stoppar opp, at fråværet blir legitimert og at det blir varig.',
      changingSchool:
        'Blir sjeldan tilrådd. Eleven kan oppleve seg avvist av nærskulen, og overgangen kan i seg sjølv vere ei belastning.',
    },
  },
  referral: {
    title: 'Er rettleiaren framleis rett veg?',
    notSufficient:
      'Rettleiaren er ikkje tilstrekkeleg der eleven har langvarig fråvær og tiltaka etter rettleiaren ikkje har hjelpt, eller der det er uro for omsorgssvikt, alvorlege psykiske lidingar eller omfattande konfliktar mellom føresette. Då blir dei ordinære rutinane for tilvising og for melding til barnevernstenesta følgde.',
    question: 'Held arbeidet fram etter rettleiaren?',
    yes: 'Ja, vi held fram etter rettleiaren',
    no: 'Nei, saka går ein annan veg',
    route: 'Kva veg',
    routes: {
      ppt: 'Tilvising til PP-tenesta',
      barnevern: 'Melding til barnevernstenesta',
      familieteam: 'Familieteam',
      bupa: 'Tilvising til BUPA',
      familievernkontoret: 'Familievernkontoret',
      annet: 'Anna',
    },
    responsible: 'Kven gjer det',
    note: 'Merknad om vegen vidare',
    notOnScreen: 'Står i heile referatet, også kopien til foreldra. Blir aldri vist på storskjermen eller i referatet for barnet.',
  },
  concern: {
    raisedBy: 'Kven melde uroa',
    raisedByService: 'Teneste eller rolle',
    raisedOn: 'Når',
    reason: 'Kva uroa gjeld',
    childWants: 'Det barnet vil at møtet skal bestemme',
    desiredSituation: 'Slik vil vi at det skal vere (ønskt situasjon)',
  },
  frames: {
    meetingLeader: 'Møteleiar',
    minuteTaker: 'Referent',
    plannedLength: 'Planlagd lengd (minutt)',
    confidentialityReminder: 'Påminning om teieplikt er gitt',
    confidentialityText:
      'Alle tenestene har teieplikt. Det som blir sagt i møtet, blir delt slik føresette har samtykt til. Unntaket er opplysningsplikta til barnevernstenesta: er det grunn til å tru at barnet blir mishandla eller utsett for alvorleg omsorgssvikt, skal den som veit det melde frå, utan samtykke.',
    contentAndMethod: 'Innhald og metode',
    gruff: 'Avtale om «gruff»',
    gruffPrompt: 'Kva gjer vi dersom noko blir vanskeleg, eller dersom nokon ikkje følgjer opp det vi har avtalt?',
  },
  info: {
    title: 'Informasjon frå elev, foreldre og skule',
    reminder: 'Kort informasjon om situasjonen her og no. Kartlegginga kjem seinare i møtet.',
    pupilNow: 'Frå eleven',
    parentsNow: 'Frå føresette',
    schoolNow: 'Frå skulen',
    pupilVoice: {
      label: 'Korleis stemma til eleven kom fram',
      note: 'Merknad',
      methods: {
        present: 'Eleven deltok i møtet',
        conversation: 'Samtale med eleven før møtet',
        written: 'Eleven skreiv eller teikna noko til møtet',
        safetyPerson: 'Tryggleikspersonen formidla ønska til eleven',
        other: 'På annan måte',
        notGathered: 'Stemma til eleven er ikkje henta inn enno',
      },
      reminder: 'Hugs samtale med eleven dersom eleven ikkje deltek i møtet.',
    },
  },
  closing: {
    nextMeetingDate: 'Neste møte',
    minutesRecipients: 'Referatet blir sendt til',
    noNextMeeting: 'Ingen ny møtedato avtalt',
  },
  feedback: {
    title: 'Kva synest du om møtet?',
    safe: {
      question: 'Kor trygt var det for deg i møtet?',
      scale: {
        '1': 'Veldig utrygt',
        '2': 'Litt utrygt',
        '3': 'Passe',
        '4': 'Ganske trygt',
        '5': 'Veldig trygt',
      },
    },
    useful: {
      question: 'Hjelpte møtet deg?',
      scale: {
        '1': 'Nei, ikkje i det heile',
        '2': 'Litt',
        '3': 'Passe',
        '4': 'Ganske mykje',
        '5': 'Ja, veldig mykje',
      },
    },
    comment: 'Vil du seie noko meir?',
  },
  events: {
    parked: 'Parkerte tema',
  },
} as const satisfies DomainResource;
