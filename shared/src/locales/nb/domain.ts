/**
 * Domain wording, bokmål (the reference language; nynorsk and English mirror these keys exactly).
 * Faithful to Drammen kommune's "veileder for nærvær". Keys named `child` are read by pupils from
 * about 10 years old: short sentences, everyday words, first person.
 * Keys ending in `_one` / `_other` are i18next plurals: call them without the suffix and pass `count`.
 */
import { services, systemModel } from './domain-names';

export default {
  services,
  /** Services as the shared screen names them for the child: short, everyday words. */
  servicesChild: {
    kontaktlaerer: 'Kontaktlærer',
    skoleledelse: 'Leder på skolen',
    helsesykepleier: 'Helsesykepleier',
    ppt: 'PPT',
    barnevern: 'Barnevernet',
    familieteam: 'Familieteamet',
    elev: 'Elev',
    foresatt: 'Forelder',
    trygghetsperson: 'Trygg voksen',
    tolk: 'Tolk',
    annet: 'Annet',
  },
  presence: {
    room: 'I møterommet',
    remote: 'Digitalt',
  },
  meetingKinds: {
    named: 'Samarbeidsmøte med elev og foresatte',
    anonymous: 'Anonym drøfting',
    followup: 'Oppfølgingsmøte',
  },
  pupil: {
    name: 'Elevens navn',
    class: 'Klasse',
    school: 'Skole',
    dateOfBirth: 'Fødselsdato',
    anonymousNotice:
      'Dette er en anonym drøfting. Ikke skriv noe som kan identifisere eleven: navn, klasse, skole, fødselsdato eller navn på foresatte.',
  },
  participant: {
    name: 'Navn',
    service: 'Tjeneste eller rolle',
    serviceOther: 'Annen tjeneste eller rolle',
    presence: 'Deltar',
    invited: 'Innkalt til møtet',
    presentationPrompt: 'Si navnet ditt, hvilken tjeneste du kommer fra og noe du er glad i.',
    presentationPromptChild: 'Si navnet ditt og noe du er glad i.',
  },
  interpreter: {
    used: 'Tolk brukt i møtet',
    language: 'Språk',
    qualifiedOnly: 'Bruk en kvalifisert tolk. Barnet skal aldri tolke for de voksne.',
  },
  consent: {
    service: 'Tjeneste',
    given: 'Samtykke gitt',
    date: 'Dato for samtykke',
    scope: 'Hva samtykket gjelder',
    withdrawnOn: 'Samtykket trukket tilbake',
    explanation:
      'Tjenestene har taushetsplikt. Opplysninger deles mellom tjenestene når foresatte har gitt informert samtykke, og samtykket kan trekkes tilbake. Unntaket er opplysningsplikten: er det grunn til å tro at barnet blir mishandlet eller utsatt for alvorlig omsorgssvikt, skal de ansatte melde fra til barneverntjenesten, uten samtykke.',
    status: {
      given: 'Samtykke gitt',
      notGiven: 'Samtykke ikke gitt',
      withdrawn: 'Samtykke trukket tilbake',
      missing: 'Samtykke ikke registrert',
      notRequired: 'Trenger ikke samtykke',
    },
  },
  checklist: {
    done: 'Gjort',
    note: 'Merknad',
    shownToEveryone: 'Vises for alle i møtet',
    before: {
      title: 'Før møtet',
      informed: {
        label: 'Barnet har fått informasjon om samarbeidsmøtet og hvorfor det holdes',
        child: 'Jeg vet hva møtet handler om, og hvorfor vi skal ha det.',
        younger: 'Jeg vet hva møtet er.',
      },
      safetyPerson: {
        label: 'Barnet har valgt hvilken trygghetsperson som skal være med inn i møtet',
        child: 'Jeg har valgt en voksen jeg er trygg på, som skal være med meg i møtet.',
        younger: 'Jeg har valgt en trygg voksen.',
      },
      safePlan: {
        label: 'Barnet og de voksne har sammen planlagt hvordan møtet kan gjøres trygt',
        child: 'Vi har snakket om hva som gjør møtet trygt for meg.',
        younger: 'Vi har snakket om hva som er trygt.',
      },
      adults: {
        label: 'Det er avtalt med barnet hvilke voksne som kan være med inn i møtet',
        child: 'Jeg vet hvilke voksne som skal være med, og jeg har fått si hva jeg mener.',
        younger: 'Jeg vet hvem som kommer.',
      },
      topics: {
        label: 'Det er avtalt med barnet hva som er temaet for møtet og hva som kan sies',
        child: 'Vi har avtalt hva vi skal snakke om, og hva som ikke skal sies.',
        younger: 'Vi har avtalt hva vi snakker om.',
      },
      unplannedTopics: {
        label: 'Det er avtalt hva vi gjør hvis uplanlagte tema kommer opp i møtet',
        child: 'Vi har avtalt hva vi gjør hvis noen begynner å snakke om noe vi ikke har planlagt.',
        younger: 'Vi vet hva vi gjør om noe nytt kommer opp.',
      },
      feelsUnsafe: {
        label: 'Det er avtalt hva som skal gjøres hvis møtet blir utrygt og barnet får det vanskelig',
        child: 'Vi har avtalt hva vi gjør hvis møtet blir vanskelig eller skummelt for meg.',
        younger: 'Vi vet hva vi gjør om det blir skummelt.',
      },
    },
    during: {
      title: 'Under møtet',
      presentation: 'Alle sier navnet sitt, hvilken tjeneste de er fra og noe de er glad i.',
      explainTopics: 'Trygghetspersonen eller møtelederen forklarer temaene det skal snakkes om.',
      decideTogether: 'Det som skal bestemmes i møtet, bestemmes sammen med barnet.',
      considerEnding:
        'Hvis noe som ikke er avtalt dukker opp som tema, vurder å avslutte møtet, slik at barnet kan uttale seg om det på en tryggere måte.',
    },
    after: {
      title: 'Etter møtet',
      readsMinutes: {
        label: 'Barnet får lese referatet, gjerne sammen med trygghetspersonen',
        child: 'Jeg får lese det som ble skrevet fra møtet, gjerne sammen med trygghetspersonen min.',
        younger: 'Jeg får lese hva vi skrev.',
      },
      givesFeedback: {
        label: 'Barnet får gi tilbakemelding på hvor trygt og nyttig møtet var',
        child: 'Jeg får si hvor trygt det var i møtet, og om det hjalp meg.',
        younger: 'Jeg får si hvordan det var.',
      },
      toldWhatNext: {
        label: 'Barnet får informasjon om hva som skal skje videre',
        child: 'Jeg får vite hva som skal skje nå.',
        younger: 'Jeg får vite hva som skjer nå.',
      },
      involved: {
        label: 'Barnet blir samarbeidet tett med om det som skal skje videre',
        child: 'De voksne gjør ting sammen med meg, ikke bare for meg.',
        younger: 'De voksne gjør ting sammen med meg.',
      },
    },
  },
  guides: {
    heldOn: 'Samtalen ble holdt',
    heldBy: 'Samtalen ble holdt av',
    summary: 'Oppsummering av samtalen',
    covered: 'Tatt opp i samtalen',
    pupil: {
      title: 'Samtale med eleven (vedlegg 1)',
      sections: {
        opening: {
          title: 'Oppstart av samtalen',
          guidance:
            'Å snakke om fravær kan være vanskelig for eleven. Bruk tid i starten på å skape en trygg og åpen dialog uten konfrontasjon.',
        },
        schoolDay: {
          title: 'Elevens opplevelse av skoledagen',
          guidance:
            'For de yngste elevene er det viktig å være så konkret som mulig. Bruk gjerne timeplanen som utgangspunkt for å beskrive dagen.',
        },
        social: {
          title: 'Sosialt nettverk og jevnaldrende, på skolen og i fritiden',
        },
        timeAway: {
          title: 'Hva eleven gjør i skoletiden når eleven ikke er på skolen',
        },
        ownView: {
          title: 'Elevens egen opplevelse av fraværet og behov for støtte',
        },
        measures: {
          title: 'Tiltak',
        },
        summary: {
          title: 'Oppsummering av samtalen',
          guidance: 'Gi en kort oppsummering av innholdet i samtalen.',
        },
      },
      points: {
        safeDialogue: 'Skap en trygg og åpen dialog uten konfrontasjon.',
        purpose:
          'Fortell at formålet med samtalen er din bekymring for elevens skolefravær, og at målet er å finne tiltak og hjelpe eleven til å være på skolen.',
        parentsContact: 'Hvis du har snakket med eller skal snakke med foresatte, fortell eleven om det.',
        likedSituations: 'Hvilke situasjoner og aktiviteter på skolen liker du?',
        hardSituations: 'Er det situasjoner eller aktiviteter du opplever som vanskelige?',
        likedAdults: 'Hvilke voksne liker du å være sammen med?',
        hardAdults: 'Er det noen voksne du synes det er vanskelig å være sammen med?',
        schoolRoute: 'Hvordan har du det på skoleveien? Har du noen å ta følge med?',
        breaksAndLessons: 'Hvordan trives du i friminuttene og i timene?',
        whoWith: 'Hvem er du sammen med på skolen?',
        othersWant: 'Opplever du at andre ønsker å være sammen med deg?',
        bullied: 'Har du opplevd å bli plaget eller mobbet?',
        whatAtHome: 'Hva gjør du når du er hjemme fra skolen?',
        triedToHelp: 'Var det noen som prøvde å hjelpe deg med å komme på skolen?',
        someoneHome: 'Er det noen hjemme sammen med deg når du ikke er på skolen?',
        wishDifferent:
          'Er det noe du skulle ønske var annerledes, og som ville gjøre det lettere for deg å møte på skolen?',
        whatCanI: 'Hva kan jeg gjøre for at det skal bli lettere for deg å være på skolen?',
        whatCanParents:
          'Hva kan mamma, pappa eller eventuelt andre gjøre for at det skal bli lettere for deg å møte på skolen?',
        whatCanYou: 'Hva kan du gjøre?',
        worriedOutside: 'Er det noe som har hendt, eller som du er bekymret for, utenfor skoletiden?',
        makeTogether: 'Lag tiltak sammen med eleven ut fra det som kom fram i samtalen.',
        whyTalk: 'Jeg ville snakke med deg i dag fordi du har vært mye borte fra skolen …',
        talkedAbout: 'Vi har snakket om … og du har fortalt meg …',
        agreed:
          'Vi har snakket om hva vi kan gjøre annerledes på skolen som gjør det lettere for deg å være her, og sammen har vi blitt enige om …',
      },
    },
    parents: {
      title: 'Samtale med foresatte (vedlegg 2)',
      sections: {
        opening: {
          title: 'Oppstart av samtalen',
          guidance:
            'Fortell om formålet med samtalen, som er samarbeid om tiltak som fremmer nærvær. Gi deretter konkret informasjon om elevens fravær.',
        },
        wellbeing: {
          title: 'Foresattes opplevelse av barnets trivsel og mulige årsaker til fraværet',
        },
        support: {
          title: 'Foresattes behov for støtte',
        },
        agreement: {
          title: 'Samarbeidsavtale',
        },
        summary: {
          title: 'Oppsummering av samtalen',
          guidance: 'Gi en kort oppsummering av innholdet i samtalen.',
        },
      },
      points: {
        purpose: 'Fortell at formålet er samarbeid for å komme fram til tiltak som vil fremme nærvær.',
        absenceFacts: 'Gi konkret informasjon om elevens fravær.',
        schoolRoutines: 'Fortell om skolens arbeid og rutiner for å fremme skolenærvær.',
        schoolFactors: 'Kan det være forhold på skolen som gjør at barnet ditt har fravær?',
        outsideEvents:
          'Vi har erfaring med at forhold eller hendelser utenfor skolen kan føre til at elever har fravær. Kan det være slik for barnet ditt?',
        familyEvents: 'Har det vært hendelser i familien eller i fritiden som kan forklare fraværet til barnet ditt?',
        health: 'Er det helsemessige årsaker til at barnet ditt er borte fra skolen?',
        whatCanYou: 'Hva kan du gjøre for at barnet ditt skal komme på skolen?',
        whatCanI: 'Hva kan jeg gjøre for at barnet ditt skal komme på skolen?',
        makeAgreement: 'Lag en samarbeidsavtale med beskrivelse av tiltak og ansvar.',
        background: 'Bakgrunnen for denne samtalen har vært skolens bekymring for fraværet til barnet ditt.',
        agreedMeasures: 'Vi har blitt enige om følgende tiltak …',
        followUp: 'Bli enige om videre oppfølging, og avtal eventuelt et nytt møtetidspunkt.',
      },
    },
  },
  absence: {
    title: 'Fravær',
    facts: {
      validDaysSemester: 'Dager med gyldig fravær dette semesteret',
      invalidOccurrences: 'Antall ganger med ugyldig fravær',
      diffuseSingleDaysLastMonth: 'Enkeltdager borte på grunn av diffuse plager siste måned',
      lateArrivalsLastMonth: 'Antall ganger for sent siste måned',
      leavesLessonsRepeatedly: 'Forlater undervisningen gjentatte ganger uten å komme tilbake i timen',
      pupilReportsStruggle: 'Eleven opplever sterkt ubehag knyttet til skolen eller sier at det er vanskelig å møte',
      parentReportsStruggle: 'Foresatte melder om stadig strev for å få eleven på skolen',
      note: 'Merknad om fraværet',
    },
    criteria: {
      pupilReportsStruggle: {
        label: 'Eleven melder om ubehag',
        rule: 'Eleven opplever sterkt ubehag knyttet til skolen eller melder om at det er vanskelig å møte opp.',
      },
      invalidAbsence: {
        label: 'Ugyldig fravær',
        rule_one: 'Ugyldig fravær mer enn {{count}} gang.',
        rule_other: 'Ugyldig fravær mer enn {{count}} ganger.',
      },
      diffuseSingleDays: {
        label: 'Hyppig fravær på grunn av diffuse plager',
        rule_one: 'Fravær på grunn av diffuse plager mer enn {{count}} enkeltdag i løpet av én måned.',
        rule_other: 'Fravær på grunn av diffuse plager mer enn {{count}} enkeltdager i løpet av én måned.',
      },
      validAbsence: {
        label: 'Mye gyldig fravær',
        rule_one: 'Gyldig fravær som overstiger {{count}} dag i løpet av semesteret.',
        rule_other: 'Gyldig fravær som overstiger {{count}} dager i løpet av semesteret.',
      },
      lateArrivals: {
        label: 'Kommer for sent',
        rule_one: 'Kommer for sent mer enn {{count}} gang i løpet av én måned.',
        rule_other: 'Kommer for sent mer enn {{count}} ganger i løpet av én måned.',
      },
      leavesLessons: {
        label: 'Forlater undervisningen',
        rule: 'Forlater undervisningen gjentatte ganger uten å komme tilbake i timen.',
      },
      parentReportsStruggle: {
        label: 'Foresatte melder om strev',
        rule: 'En foresatt melder om stadig strev for å få eleven på skolen.',
      },
    },
    status: {
      met: 'Oppfylt',
      notMet: 'Ikke oppfylt',
      unknown: 'Ikke registrert',
    },
    worrying: 'Fraværet er bekymringsfullt etter kommunens kriterier.',
    notWorrying: 'Ingen av kriteriene for bekymringsfullt fravær er oppfylt ut fra det som er registrert.',
    settings: {
      monthWindow: {
        label: 'Hvordan måneden regnes',
        calendar: 'Kalendermåned',
        rolling: 'Siste 30 dager',
      },
    },
  },
  continuum: {
    definitionTitle: 'Definisjon (Ingul 2011)',
    title: 'Bekymringsfullt skolefravær',
    definition:
      '«Fravær fra undervisningen og det sosiale fellesskapet i skolen, gyldig eller ugyldig, av et omfang/en hyppighet som medfører bekymring knyttet til elevens faglige utvikling, samt elevens sosiale tilhørighet og utvikling.» (Ingul 2011)',
    intro: 'Kearney (2001) beskriver skolefravær på et kontinuum, fra at eleven gruer seg og prøver å unngå skolen, til at eleven er hjemme over lengre tid.',
    where: 'Hvor er eleven nå? (de voksnes vurdering)',
    whereHint: 'Står i hele referatet, også foreldrenes kopi. Vises aldri på storskjermen.',
    stages: {
      stressful: 'Oppmøte på skolen er stressende, og eleven har påskudd for ikke å delta',
      morningRefusal: 'Gjentatte episoder med vegringsatferd om morgenen, der eleven forsøker å unngå skolen',
      lateArrivals: 'Gjentatte episoder der eleven kommer for sent til skolen',
      periodicAbsence: 'Periodevis fravær eller fravær i enkelte timer',
      repeatedAbsence: 'Gjentagende fraværsdager eller fravær i timer kombinert med oppmøte på skolen',
      completeAbsencePeriod: 'Fullstendig fravær i en bestemt periode av skoleåret',
      totalAbsence: 'Totalt fravær fra skolen over en lengre periode',
    },
  },
  factors: {
    title: 'De fire opprettholdende faktorene',
    basicStance: 'Grunnholdning: de aller fleste elever ønsker å være som de andre og ønsker å komme på skolen.',
    escapeGroup: 'Fraværet holdes ved like fordi eleven slipper unna noe ubehagelig',
    gainGroup: 'Fraværet holdes ved like fordi eleven får noe positivt utenfor skolen',
    relevant: 'Aktuell for denne eleven',
    note: 'Merknad',
    avoidNegativeAffect: {
      name: 'Unngå ubehagelige følelser knyttet til skolen',
      plain: 'Noe på skolen gir eleven ubehagelige følelser, som frykt, uro eller tristhet. Ved å være borte slipper eleven disse følelsene.',
      child: 'Noe på skolen gjør at jeg blir redd eller lei meg.',
      younger: 'Noe på skolen gjør meg redd.',
    },
    escapeSocialEvaluative: {
      name: 'Unnslippe sosiale situasjoner og vurderingssituasjoner',
      plain: 'Eleven unngår situasjoner der eleven må være sammen med andre eller blir vurdert, for eksempel å snakke i klassen, prøver eller gruppearbeid.',
      child: 'Det er vanskelig for meg å snakke i klassen, ha prøver eller være sammen med de andre.',
      younger: 'Det er vondt å snakke i klassen.',
    },
    attention: {
      name: 'Oppnå oppmerksomhet fra foresatte eller andre viktige personer',
      plain: 'Eleven ønsker å være hjemme sammen med en forelder eller en annen viktig voksen, og fraværet gir mer tid og oppmerksomhet fra dem.',
      child: 'Jeg vil heller være hjemme sammen med mamma, pappa eller en annen voksen jeg er glad i.',
      younger: 'Jeg vil være hjemme med mamma eller pappa.',
    },
    tangibleRewards: {
      name: 'Oppnå goder utenfor skolen',
      plain: 'Det er mer fristende å være hjemme eller et annet sted enn på skolen, for eksempel med skjerm, spill, søvn eller venner.',
      child: 'Det er morsommere å være hjemme, med skjerm, spill, sove lenge eller venner.',
      younger: 'Det er gøy å være hjemme.',
    },
  },
  sras: {
    /** The profile as the shared screen shows it to the child. */
    childView: {
      caption: 'Det dere svarte på skjemaet',
      about: 'Hva det handler om',
      you: 'Du',
      parents: 'Foreldrene',
      together: 'Til sammen',
      highest: 'Høyest',
    },
    title: 'SRAS-R: fraværets funksjon',
    child: 'Barnets skår',
    parent: 'Foresattes skår',
    combined: 'Gjennomsnitt',
    primary: 'Mest sannsynlige funksjon',
    notice:
      'Skriv bare inn gjennomsnittsskåren (0–6) per funksjon fra et utfylt skjema. Spørsmålene i SRAS-R er opphavsrettslig beskyttet og gjengis ikke her.',
    tieRule: 'Skårer som ligger innenfor 0,25 av den høyeste, regnes som like høye.',
  },
  viciousCircle: {
    title: 'Den onde sirkelen',
    slogan: 'Fravær skaper fravær.',
    afterBreaks:
      'Sirkelen kan også starte etter ferier eller sykdom. Ta gjerne kontakt med eleven før oppstart for å støtte eleven i å komme tilbake.',
    stages: {
      discomfort: {
        plain: 'Ubehag eller angst knyttet til skolen',
        child: 'Jeg gruer meg eller blir redd for å gå på skolen.',
        younger: 'Jeg er redd.',
      },
      avoidance: {
        plain: 'Unngåelse og fravær',
        child: 'Jeg blir hjemme.',
        younger: 'Jeg blir hjemme.',
      },
      relief: {
        plain: 'Kortvarig lettelse',
        child: 'Det føles godt med en gang, for da slipper jeg.',
        younger: 'Det føles godt.',
      },
      fallingBehind: {
        plain: 'Eleven henger etter med skolearbeidet og mister kontakt med jevnaldrende',
        child: 'Jeg går glipp av skolearbeid og ser vennene mine mindre.',
        younger: 'Jeg går glipp av ting.',
      },
      negativeThoughts: {
        plain: 'Negative tanker om skolen og en følelse av å komme til kort',
        child: 'Jeg tenker at skolen er vanskelig, og at jeg ikke får det til.',
        younger: 'Jeg tror jeg ikke får det til.',
      },
      harderToReturn: {
        plain: 'Mer angst, og det blir vanskeligere å komme tilbake',
        child: 'Jeg blir enda reddere, og det blir enda vanskeligere å gå tilbake.',
        younger: 'Det blir enda verre.',
      },
      moreAbsence: {
        plain: 'Mer fravær',
        child: 'Så blir jeg hjemme igjen, og sirkelen fortsetter.',
        younger: 'Jeg blir hjemme igjen.',
      },
    },
  },
  pushPull: {
    title: 'Push og pull',
    hint: 'Riktige tiltak reduserer begge deler: tiltak på skolen reduserer mest det som skyver bort fra skolen, tiltak hjemme mest det som trekker mot hjemmet.',
    push: {
      label: 'Skyver bort fra skolen',
      child: 'Dette gjør det vanskelig å være på skolen',
      younger: 'Dette gjør skolen tung',
    },
    pull: {
      label: 'Trekker mot hjemmet',
      child: 'Dette gjør at jeg vil være hjemme',
      younger: 'Dette drar meg hjem',
    },
    examples: {
      push: {
        bullying: 'Mobbing eller plaging',
        noFriends: 'Mangler venner eller noen å være sammen med',
        learningDifficulties: 'Lærevansker eller faglig strev',
        testsOrSpeaking: 'Prøver eller å snakke høyt i klassen',
        teacherRelation: 'Vanskelig relasjon til en lærer',
        restlessClass: 'Urolig klasse',
        transitions: 'Overganger og endringer',
        sensoryLoad: 'Mye lyd, lys og mennesker rundt seg',
      },
      pull: {
        separationWorry: 'Bekymring for å være borte fra foresatte',
        parentHome: 'En forelder er hjemme på dagtid',
        familyIllnessOrLoss: 'Sykdom eller tap i familien',
        caringTasks: 'Omsorgsoppgaver hjemme',
        screensAndGames: 'Skjerm og spill',
        sleepingIn: 'Sover lenge eller har forskjøvet døgnrytme',
      },
    },
  },
  systemModel,
  mapping: {
    title: 'Kartlegging',
    resource: 'Ressurs',
    risk: 'Risiko',
    resources: 'Ressurser',
    risks: 'Risiko',
    resourceSign: '+',
    riskSign: '−',
    saidBy: 'Sagt av',
    unknownArea: 'Uten område',
    repeatBack: 'Gjenta eller omformuler det som kommer fram, for å sikre at alle har forstått det likt.',
  },
  agreement: {
    title: 'Samarbeidsavtale mellom foresatte og skole',
    purpose:
      'Formålet med samarbeidsavtalen er å utarbeide tiltak sammen med elev og foresatte, slik at eleven lærer mest mulig innenfor skolens fellesskap.',
    pupil: 'Elev',
    school: 'Skole',
    class: 'Klasse',
    status: 'Status (beskrivelse av nåværende situasjon)',
    mainGoal: 'Hovedmål',
    subGoal: 'Delmål',
    measure: 'Tiltak',
    responsible: 'Ansvar',
    deadline: 'Frist',
    period: 'Avtalen gjelder i perioden',
    periodFrom: 'Fra',
    periodTo: 'Til',
    signatures: {
      kontaktlaerer: 'Kontaktlærer',
      elev: 'Elev',
      foresatte: 'Foresatte',
    },
    evaluation: {
      title: 'Evaluering av tiltakene fra forrige møte',
      outcome: 'Hvordan gikk det',
      worked: 'Virket',
      partly: 'Virket delvis',
      didNotWork: 'Virket ikke',
      notTried: 'Ikke prøvd ennå',
      note: 'Merknad',
    },
    issues: {
      noMeasure: 'Raden mangler tiltak',
      noResponsible: 'Raden mangler ansvarlig',
      noDeadline: 'Raden mangler frist',
    },
  },
  measureLibrary: {
    title: 'Forslag til tiltak',
    intro:
      'Tidlig innsats og høy intensitet er viktige prinsipper. Målet er en normal hverdag der eleven får opplæringen sin på skolen.',
    discouragedWarning: 'Frarådes i veilederen',
    groups: {
      school: 'Tiltak på skolen',
      homeSchool: 'Tiltak for samarbeid hjem–skole',
      home: 'Tiltak i hjemmet',
      discouraged: 'Tiltak som frarådes',
    },
    items: {
      lowStigma: 'Tiltak som virker minst mulig stigmatiserende og bevarer elevens integritet',
      togetherWithPupil: 'Utarbeid tiltakene sammen med eleven',
      safeAdult: 'Etabler og viderefør positive relasjoner til voksne på skolen, for å skape trygghet',
      predictability: 'Skap forutsigbarhet og struktur, slik at eleven kan oppleve trygghet',
      fixedPersonMeets: 'Eleven blir møtt av en fast person, gjerne på fast tidspunkt og sted',
      dailyTalks: 'Daglige eller jevnlige samtaler med eleven med vekt på mestring og emosjonell støtte',
      masteredSubjects: 'Legg vekt på fag eleven mestrer, og sørg for faglig tilpasset opplæring',
      prepareChanges:
        'Forbered og informer eleven om endringer i dagsrutinene, også om «annerledes dager» som turdager og markeringer',
      placeToGo:
        'Avtal at eleven ved uro eller ubehag kan gå til helsesykepleier, sosiallærer, kontoret eller få en pause på et eget rom, i stedet for å dra hjem',
      meetAtCar:
        'Hvis eleven blir kjørt til skolen: en ansatt eller medelev møter eleven på parkeringsplassen og følger eleven inn',
      noSpeakingAloud: 'Individuell avtale om at eleven for en tid slipper å svare muntlig i klassen',
      smallGroup: 'Gradvis tilbakeføring med opplæring i liten gruppe eller individuelt på skolen for en tid',
      informClass:
        'Informer klassen eller trinnet om fraværet hvis eleven og foresatte samtykker; innholdet lages sammen med dem',
      contactWhileAway:
        'Hold positiv kontakt med medelever mens eleven er borte: besøk, brev fra klassen, hyggelige meldinger, digitale plattformer',
      seating: 'Vær bevisst på hvor eleven sitter i klasserommet, og la eleven velge hvem som sitter i nærheten',
      fixedActivity: 'Tilby en fast aktivitet i skoletiden, alene med eleven eller sammen med utvalgte elever',
      structuredBreaks:
        'Faste aktiviteter i friminuttene, for eksempel spillklubb, bokklubb eller tegneskole, som gir oversiktlige og trygge sosiale arenaer',
      walkingCompanion: 'Sørg for at eleven har noen å gå sammen med til og fra skolen',
      closeCooperation: 'Tett samarbeid mellom elev, foresatte og skole som utgangspunkt for alle tiltak',
      parentsMostImportant: 'Bekreft overfor foresatte at de er den viktigste samtalepartneren og støtten for barnet sitt',
      regularContact:
        'Fast kontakt mellom hjem og skole: e-post eller annen skriftlig kontakt, daglige eller ukentlige telefonsamtaler, jevnlige samarbeidsmøter',
      reassureParents:
        'Trygg foresatte på at skolen gjør sitt beste for at eleven skal trives, og gi nok informasjon om hvordan eleven har det på skolen',
      supportParents: 'Gi støtte til foresatte som opplever at barnet ikke vil gå på skolen, og anerkjenn utfordringene deres',
      dailyReport: 'Fortell foresatte hvordan dagen har gått, og hvordan skolen har planlagt neste skoledag',
      clearExpectation:
        'Foresatte er tydelige på at barnet skal på skolen, og trygger samtidig barnet på at det skal klare dette i nær fremtid',
      parentsAgree: 'Foresatte viser tydelig at de er enige om at barnet skal på skolen, og støtter hverandre i oppgaven',
      swapRoles: 'Foresatte bytter oppgaver og roller overfor barnet for en periode',
      sleepRhythm: 'Fast og tydelig døgnrytme hjemme',
      morningRoutine: 'Fast morgenrutine med god tid før skolen begynner',
      homeDayLikeSchool: 'Når barnet er hjemme fra skolen, ligner dagen en skoledag, med skolefaglige oppgaver',
      noScreens: 'Ikke TV, dataspill eller aktiviteter med foreldre i skoletiden når barnet er hjemme fra skolen',
      parentOut: 'Foresatte som er hjemme på dagtid, vurderer å gjøre noe utenfor hjemmet i skoletiden for en periode',
      praiseSubGoals: 'Gi anerkjennelse, belønning og ros når delmål er nådd',
      masteryBelief: 'Motiver barnet og styrk troen på at det mestrer hverdagen',
      niceActivities: 'Gjør hyggelige ting sammen med barnet utenfor skoletiden',
      peerContact: 'Hjelp barnet til å ta kontakt med jevnaldrende i fritiden',
      keepLeisure: 'Hold oppe barnets deltakelse i fritidsaktiviteter',
      notOnlyTopic: 'Ikke la skolefraværet være det eneste temaet i familien',
      homeTeaching: 'Opplæring i hjemmet',
      exemption: 'Fritak fra opplæringen',
      changingSchool: 'Bytte av skole',
    },
    discouragedWhy: {
      homeTeaching:
        'Anbefales i liten grad, fordi det kan opprettholde fraværet. Bør bare brukes i særlige tilfeller og for en kort periode, samtidig som det arbeides for at eleven kommer på skolen.',
      exemption:
        'Anbefales ikke. Fritak kan føre til at tiltak stopper opp, at fraværet blir legitimert og at det blir varig.',
      changingSchool:
        'Anbefales sjelden. Eleven kan oppleve seg avvist av nærskolen, og overgangen kan i seg selv være en belastning.',
    },
  },
  referral: {
    title: 'Er veilederen fortsatt riktig vei?',
    notSufficient:
      'Veilederen er ikke tilstrekkelig der eleven har langvarig fravær og tiltakene etter veilederen ikke har hjulpet, eller der det er bekymring for omsorgssvikt, alvorlige psykiske lidelser eller omfattende konflikter mellom foresatte. Da følges de ordinære rutinene for henvisning og for melding til barneverntjenesten.',
    question: 'Fortsetter arbeidet etter veilederen?',
    yes: 'Ja, vi fortsetter etter veilederen',
    no: 'Nei, saken går en annen vei',
    route: 'Hvilken vei',
    routes: {
      ppt: 'Henvisning til PP-tjenesten',
      barnevern: 'Melding til barneverntjenesten',
      familieteam: 'Familieteam',
      bupa: 'Henvisning til BUPA',
      familievernkontoret: 'Familievernkontoret',
      annet: 'Annet',
    },
    responsible: 'Hvem gjør det',
    note: 'Merknad om videre vei',
    notOnScreen: 'Står i hele referatet, også foreldrenes kopi. Vises aldri på storskjermen eller i referatet for barnet.',
  },
  concern: {
    raisedBy: 'Hvem meldte bekymringen',
    raisedByService: 'Tjeneste eller rolle',
    raisedOn: 'Når',
    reason: 'Hva bekymringen gjelder',
    childWants: 'Det barnet vil at møtet skal bestemme',
    desiredSituation: 'Slik vil vi at det skal være (ønsket situasjon)',
  },
  frames: {
    meetingLeader: 'Møteleder',
    minuteTaker: 'Referent',
    plannedLength: 'Planlagt lengde (minutter)',
    confidentialityReminder: 'Påminnelse om taushetsplikt er gitt',
    confidentialityText:
      'Alle tjenestene har taushetsplikt. Det som blir sagt i møtet, deles slik foresatte har samtykket til. Unntaket er opplysningsplikten til barneverntjenesten: er det grunn til å tro at barnet blir mishandlet eller utsatt for alvorlig omsorgssvikt, skal den som vet det melde fra, uten samtykke.',
    contentAndMethod: 'Innhold og metode',
    gruff: 'Avtale om «gruff»',
    gruffPrompt: 'Hva gjør vi hvis noe blir vanskelig, eller hvis noen ikke følger opp det vi har avtalt?',
  },
  info: {
    title: 'Informasjon fra elev, foreldre og skole',
    reminder: 'Kort informasjon om situasjonen her og nå. Kartleggingen kommer senere i møtet.',
    pupilNow: 'Fra eleven',
    parentsNow: 'Fra foresatte',
    schoolNow: 'Fra skolen',
    pupilVoice: {
      label: 'Hvordan elevens stemme kom fram',
      note: 'Merknad',
      methods: {
        present: 'Eleven deltok i møtet',
        conversation: 'Samtale med eleven før møtet',
        written: 'Eleven skrev eller tegnet noe til møtet',
        safetyPerson: 'Trygghetspersonen formidlet elevens ønsker',
        other: 'På annen måte',
        notGathered: 'Elevens stemme er ikke hentet inn ennå',
      },
      reminder: 'Husk samtale med eleven hvis eleven ikke deltar i møtet.',
    },
  },
  closing: {
    nextMeetingDate: 'Neste møte',
    minutesRecipients: 'Referatet sendes til',
    noNextMeeting: 'Ingen ny møtedato avtalt',
  },
  feedback: {
    title: 'Hva synes du om møtet?',
    safe: {
      question: 'Hvor trygt var det for deg i møtet?',
      scale: {
        '1': 'Veldig utrygt',
        '2': 'Litt utrygt',
        '3': 'Sånn passe',
        '4': 'Ganske trygt',
        '5': 'Veldig trygt',
      },
    },
    useful: {
      question: 'Hjalp møtet deg?',
      scale: {
        '1': 'Nei, ikke i det hele tatt',
        '2': 'Litt',
        '3': 'Sånn passe',
        '4': 'Ganske mye',
        '5': 'Ja, veldig mye',
      },
    },
    comment: 'Vil du si noe mer?',
  },
  events: {
    parked: 'Parkerte tema',
  },
} as const;
