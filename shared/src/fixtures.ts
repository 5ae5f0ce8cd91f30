/**
 * Realistic example content for tests, the minutes PDF and the benchmark. Every person, school and
 * event here is invented. Each call returns a fresh object, so callers may mutate it.
 */
import type { MeetingContent } from './meeting-content';
import { defaultSystemAreas } from './system-model';

/** A fully filled named meeting (every part of the content used), in bokmål with æ, ø and å. */
export function fullExampleMeeting(): MeetingContent {
  return {
    schemaVersion: 1,
    pupil: {
      name: 'Sofie Åsheim Næss',
      class: '6B',
      school: 'Bråtåsen skole',
      dateOfBirth: '2014-03-17',
    },
    participants: [
      { id: 'p-leder', name: 'Øystein Bråten', service: 'skoleledelse', serviceOther: 'Assisterende rektor', presence: 'room', invited: true, fondOf: 'Skiturer i Nordmarka' },
      { id: 'p-kontakt', name: 'Ingrid Sæther', service: 'kontaktlaerer', presence: 'room', invited: true, fondOf: 'Kaffe på morgenen og elevene i 6B' },
      { id: 'p-elev', name: 'Sofie Åsheim Næss', service: 'elev', presence: 'room', invited: true, fondOf: 'Hesten Bris og å tegne manga' },
      { id: 'p-mor', name: 'Agnieszka Næss', service: 'foresatt', presence: 'room', invited: true, fondOf: 'Å bake med Sofie på søndager' },
      { id: 'p-far', name: 'Håkon Næss', service: 'foresatt', presence: 'remote', invited: true, fondOf: 'Fotball, både å se på og å spille' },
      { id: 'p-trygg', name: 'Åse Lien', service: 'trygghetsperson', serviceOther: 'Miljøarbeider', presence: 'room', invited: true, fondOf: 'Katten min, Pus' },
      { id: 'p-helse', name: 'Mariam Haddad', service: 'helsesykepleier', presence: 'remote', invited: true, fondOf: 'Lange turer langs Drammenselva' },
      { id: 'p-ppt', name: 'Bjørn Kjærnes', service: 'ppt', presence: 'remote', invited: true, fondOf: 'Jazz og gode bøker' },
      { id: 'p-familie', name: 'Jørgen Ås', service: 'familieteam', presence: 'remote', invited: true, fondOf: 'Hagen min om våren' },
      { id: 'p-tolk', name: 'Ewa Kowalczyk', service: 'tolk', presence: 'remote', invited: false, fondOf: 'Språk og reiser' },
    ],
    interpreter: { used: true, language: 'polsk' },
    concern: {
      raisedBy: 'Kontaktlærer, etter samtale med mor',
      raisedByService: 'kontaktlaerer',
      raisedOn: '2025-10-28',
      reason:
        'Sofie har hatt økende fravær siden høstferien, ofte med vondt i magen om morgenen. Hun går ut av timene og blir sittende hos helsesykepleier. Mor forteller at morgenene hjemme er blitt en kamp.',
      reasonForScreen: 'Du har vært mye borte fra skolen i høst. Vi vil finne ut hva som kan hjelpe deg.',
      childWants: 'Jeg vil slippe å lese høyt før jeg er klar for det.',
      desiredSituation: 'Sofie er på skolen hver dag, har noen å være sammen med i storefri og gruer seg ikke om morgenen.',
    },
    frames: {
      meetingLeaderId: 'p-leder',
      minuteTakerId: 'p-kontakt',
      plannedLengthMinutes: 60,
      confidentialityReminderGiven: true,
      contentAndMethod:
        'Vi følger disposisjonen i nærværsveilederen: felles forståelse av fraværet, kartlegging i systemmodellen og en samarbeidsavtale med tiltak. Sofie er med den første halvtimen.',
      gruffAgreement:
        'Hvem som helst kan be om pause, og Sofie har et pausekort. Hvis noen ikke følger opp det vi avtaler, tar Ingrid kontakt innen en uke, og vi tar det opp i neste møte uten å lete etter skyld.',
    },
    consents: [
      { service: 'helsesykepleier', given: true, date: '2025-11-10', scope: 'Dele opplysninger om fravær og helse i samarbeidsmøtet og motta referat.' },
      { service: 'ppt', given: true, date: '2025-11-10', scope: 'Delta i samarbeidsmøtet og motta referat.' },
      { service: 'familieteam', given: true, date: '2025-11-12', scope: 'Delta i samarbeidsmøtet, motta referat og kontakte familien om foreldreveiledning.' },
      { service: 'tolk', given: true, date: '2025-11-12', scope: 'Tolke i møtet. Mottar ikke referat.' },
    ],
    childScreen: { ageGroup: 'older' },
    childChecklists: {
      before: {
        informed: { done: true, note: 'Ingrid forklarte møtet for Sofie 13. november, med tegning av hvem som kommer.' },
        safetyPerson: { done: true, note: 'Sofie valgte Åse.' },
        safePlan: { done: true, note: 'Sofie sitter ved siden av Åse, nærmest døra.' },
        adults: { done: true, note: 'Sofie ville ikke at barnevernet skulle være med denne gangen.' },
        topics: { done: true, note: 'Vi snakker ikke om det som skjedde på klasseturen i september.' },
        unplannedTopics: { done: true, note: 'Åse sier «stopp», og vi går videre til neste tema. Sofie kan vise pausekortet.' },
        feelsUnsafe: { done: true, note: 'Sofie og Åse går ut på grupperommet. Møtet har pause til Sofie vil fortsette eller gå hjem.' },
      },
      after: {
        readsMinutes: { done: true, note: 'Sofie leste referatet sammen med Åse 21. november.' },
        givesFeedback: { done: true, note: '' },
        toldWhatNext: { done: true, note: 'Ingrid gikk gjennom avtalen med Sofie dagen etter.' },
        involved: { done: false, note: 'Sofie skal være med og velge klubb i friminuttene.' },
      },
    },
    conversations: {
      pupil: {
        heldOn: '2025-11-13',
        heldBy: 'Ingrid Sæther, kontaktlærer',
        summary:
          'Sofie liker kunst og håndverk og å være med Åse. Hun gruer seg til muntlige framføringer og til friminuttene etter at venninnen Maja flyttet. Hun ønsker å slippe å lese høyt for en periode og å ha noe å gjøre i storefri.',
        covered: ['safeDialogue', 'purpose', 'likedSituations', 'hardSituations', 'breaksAndLessons', 'whoWith', 'wishDifferent', 'whatCanI'],
      },
      parents: {
        heldOn: '2025-11-06',
        heldBy: 'Ingrid Sæther og Øystein Bråten',
        summary:
          'Foreldrene opplever at Sofie har vondt i magen nesten hver morgen. Far jobber skift og er hjemme på dagtid annenhver uke. De ønsker tett kontakt med skolen og hjelp til å få til rolige morgener.',
        covered: ['purpose', 'absenceFacts', 'schoolFactors', 'familyEvents', 'health', 'whatCanYou', 'whatCanI'],
      },
    },
    information: {
      pupilNow: 'Sofie sier at det er vanskeligst om morgenen og i storefri. Kunst og håndverk og tirsdagene med Åse går fint.',
      parentsNow: 'Morgenene er tunge, og Sofie gråter ofte før skolen. Når hun først er på skolen, går det som regel bedre.',
      schoolNow: 'Sofie er faglig godt med, men har mistet en del i norsk og matte. Hun er stille i timene og mye alene i friminuttene.',
      parentsNowForScreen: 'Morgenene er tunge. Når du først er på skolen, går det ofte bedre.',
      schoolNowForScreen: '',
      pupilVoice: { method: 'present', note: 'Sofie var med den første halvtimen sammen med Åse og hadde skrevet tre ønsker på en lapp.' },
    },
    absence: {
      validDaysSemester: 12,
      invalidOccurrences: 0,
      diffuseSingleDaysLastMonth: 5,
      lateArrivalsLastMonth: 2,
      leavesLessonsRepeatedly: true,
      pupilReportsStruggle: true,
      parentReportsStruggle: true,
      note: 'Tall fra Visma per 19. november. De fleste fraværsdagene er mandager.',
    },
    understanding: {
      factors: {
        avoidNegativeAffect: { relevant: true, note: 'Vondt i magen og gråt om morgenen; lettelse når hun får bli hjemme.' },
        escapeSocialEvaluative: { relevant: true, note: 'Gruer seg til høytlesing, framføringer og storefri.' },
        attention: { relevant: true, note: 'Far er hjemme på dagtid annenhver uke; fraværet er størst de ukene.' },
        tangibleRewards: { relevant: false, note: '' },
      },
      sras: {
        avoidNegativeAffect: { child: 4.2, parent: 3.8 },
        escapeSocialEvaluative: { child: 4.0, parent: 3.9 },
        attention: { child: 2.1, parent: 2.8 },
        tangibleRewards: { child: 1.0, parent: 1.5 },
      },
      pushPull: {
        push: [
          { id: 'push-1', text: 'Høytlesing og muntlige framføringer', textForScreen: 'Å lese høyt i klassen' },
          { id: 'push-2', text: 'Storefri uten noen å være sammen med', textForScreen: '' },
        ],
        pull: [
          { id: 'pull-1', text: 'Far er hjemme på dagtid annenhver uke', textForScreen: '' },
          { id: 'pull-2', text: 'Lettelse og ro hjemme når magen gjør vondt', textForScreen: '' },
        ],
      },
      viciousCircleShown: true,
      continuumStage: 'morningRefusal',
    },
    areas: defaultSystemAreas('nb'),
    mapping: [
      { id: 'm-1', areaId: 'self', kind: 'resource', text: 'Kreativ, tegner manga og er glad i dyr', saidBy: 'p-elev' },
      { id: 'm-2', areaId: 'self', kind: 'risk', text: 'Sover dårlig søndag kveld', saidBy: 'p-mor' },
      { id: 'm-3', areaId: 'health', kind: 'risk', text: 'Vondt i magen om morgenen, ingen funn hos fastlegen', saidBy: 'p-helse' },
      { id: 'm-4', areaId: 'schoolAcademic', kind: 'resource', text: 'Faglig godt med, sterk i kunst og håndverk', saidBy: 'p-kontakt' },
      { id: 'm-5', areaId: 'schoolAcademic', kind: 'risk', text: 'Hull i norsk og matte etter fraværet', saidBy: 'p-kontakt' },
      { id: 'm-6', areaId: 'schoolSocial', kind: 'resource', text: 'God relasjon til Åse og til kontaktlærer', saidBy: 'p-trygg' },
      { id: 'm-7', areaId: 'schoolSocial', kind: 'risk', text: 'Alene i storefri siden venninnen flyttet', saidBy: 'p-elev' },
      { id: 'm-8', areaId: 'schoolRoute', kind: 'risk', text: 'Morgenene er en kamp; blir kjørt og sitter lenge i bilen', saidBy: 'p-far' },
      { id: 'm-9', areaId: 'family', kind: 'resource', text: 'Foreldre som samarbeider godt med skolen', saidBy: 'p-leder' },
      { id: 'm-10', areaId: 'family', kind: 'risk', text: 'Far jobber skift og er hjemme på dagtid annenhver uke', saidBy: 'p-far' },
      { id: 'm-11', areaId: 'friends', kind: 'resource', text: 'Rideskolen på lørdager, der hun har en venninne', saidBy: 'p-mor' },
      { id: 'm-12', areaId: 'services', kind: 'resource', text: 'Helsesykepleier kjenner Sofie godt', saidBy: 'p-helse' },
      { id: 'm-13', areaId: 'services', kind: 'resource', text: 'Familieteamet kan gi foreldreveiledning om morgenrutiner', saidBy: 'p-familie' },
    ],
    agreement: {
      status: 'Sofie har 12 dager gyldig fravær dette semesteret og går ofte ut av timene. Hun trives i kunst og håndverk og med Åse, men gruer seg til muntlige oppgaver og storefri.',
      mainGoal: 'Sofie er på skolen hele skoledagen minst fire av fem dager i uka innen juleferien.',
      rows: [
        {
          id: 'r-1',
          subGoal: 'Sofie kommer inn på skolen uten å bli sittende i bilen',
          measure: 'Åse møter Sofie på parkeringsplassen kl. 08.20 og følger henne inn',
          responsible: { participantId: 'p-trygg' },
          deadline: '2025-11-24',
          libraryId: 'meetAtCar',
        },
        {
          id: 'r-2',
          subGoal: 'Sofie kan delta i timene uten å grue seg til å lese høyt',
          measure: 'Sofie slipper høytlesing og muntlige framføringer fram til jul',
          responsible: { participantId: 'p-kontakt' },
          deadline: '2025-12-19',
          libraryId: 'noSpeakingAloud',
        },
        {
          id: 'r-3',
          subGoal: 'Sofie har noe å gjøre i storefri',
          measure: 'Sofie og to medelever hun velger, blir med i tegneklubben i storefri tirsdag og torsdag',
          responsible: { participantId: 'p-leder' },
          deadline: '2025-12-01',
          libraryId: 'structuredBreaks',
        },
        {
          id: 'r-4',
          subGoal: 'Rolige morgener hjemme',
          measure: 'Fast morgenrutine med vekking kl. 07.00, og far gjør noe utenfor hjemmet i skoletiden de ukene han har fri',
          responsible: { text: 'Foresatte, med veiledning fra familieteamet' },
          deadline: '2025-12-18',
          libraryId: 'morningRoutine',
        },
      ],
      periodFrom: '2025-11-20',
      periodTo: '2026-01-30',
    },
    evaluation: [],
    referral: { stillRightPath: 'yes', responsible: '', note: 'Vi fortsetter etter veilederen og ser på det igjen på neste møte.' },
    closing: {
      nextMeetingDate: '2025-12-18',
      minutesRecipients: [
        { id: 'rcp-mor', service: 'foresatt', name: 'Agnieszka Næss', participantId: 'p-mor' },
        { id: 'rcp-far', service: 'foresatt', name: 'Håkon Næss', participantId: 'p-far' },
        { id: 'rcp-helse', service: 'helsesykepleier', name: 'Mariam Haddad', participantId: 'p-helse' },
        { id: 'rcp-ppt', service: 'ppt', name: 'Bjørn Kjærnes', participantId: 'p-ppt' },
        { id: 'rcp-familie', service: 'familieteam', name: 'Jørgen Ås', participantId: 'p-familie' },
      ],
    },
    feedback: { safe: 4, useful: 5, comment: 'Det var fint at Åse var med, og at jeg fikk gå ut når jeg ville.', givenOn: '2025-11-21' },
    events: {
      pauses: [{ at: '2025-11-20T08:41:00+01:00', by: 'p-elev', resumedAt: '2025-11-20T08:46:00+01:00' }],
      parked: [{ id: 'park-1', text: 'Skoleskyss når familien flytter til Åssiden i februar', at: '2025-11-20T09:12:00+01:00' }],
      endedEarlyReason: '',
    },
    notes: {
      welcome: 'Møtet startet kl. 08.30 på møterommet i 2. etasje. Fire deltok digitalt.',
      introductions: 'Alle sa navn, tjeneste og noe de er glad i. Sofie fortalte om hesten Bris.',
      purpose: 'Ingrid fortalte om bekymringen etter høstferien.',
      frames: 'Øystein leder, Ingrid skriver referat. Taushetsplikt og samtykke ble gjennomgått med tolk.',
      information: 'Sofie leste opp de tre ønskene sine selv.',
      understanding: 'Vi brukte den onde sirkelen. Sofie kjente seg igjen i «det føles godt med en gang».',
      mapping: 'Sofie og Åse gikk etter 30 minutter. Kartleggingen fortsatte med de voksne.',
      measures: 'Tiltakene ble lest opp for Sofie før hun gikk, og hun var enig i dem.',
      closing: 'Neste møte 18. desember kl. 08.30. Sofie vil være med igjen.',
    },
  };
}

/** An anonymous consultation: services only, nothing that identifies the pupil. */
export function anonymousExampleMeeting(): MeetingContent {
  return {
    schemaVersion: 1,
    participants: [
      { id: 'a-leder', name: 'Øystein Bråten', service: 'skoleledelse', presence: 'room', invited: true, fondOf: 'Skiturer' },
      { id: 'a-kontakt', name: 'Kari Holtedahl', service: 'kontaktlaerer', presence: 'room', invited: true, fondOf: 'Strikking' },
      { id: 'a-helse', name: 'Mariam Haddad', service: 'helsesykepleier', presence: 'remote', invited: true, fondOf: 'Turer langs elva' },
      { id: 'a-ppt', name: 'Bjørn Kjærnes', service: 'ppt', presence: 'remote', invited: true, fondOf: 'Jazz' },
      { id: 'a-barnevern', name: 'Tone Ødegård', service: 'barnevern', presence: 'remote', invited: true, fondOf: 'Hunden min' },
      { id: 'a-familie', name: 'Jørgen Ås', service: 'familieteam', presence: 'remote', invited: true, fondOf: 'Hagearbeid' },
    ],
    interpreter: { used: false, language: '' },
    concern: {
      raisedBy: 'Kontaktlærer på ungdomstrinnet',
      raisedByService: 'kontaktlaerer',
      raisedOn: '2025-11-03',
      reason: 'En elev på 9. trinn kommer ofte for sent og har hatt flere enkeltdager borte med hodepine. Skolen ønsker råd før den tar kontakt med hjemmet.',
      reasonForScreen: '',
      childWants: '',
      desiredSituation: 'Eleven kommer presis og orker skoledagen.',
    },
    frames: {
      meetingLeaderId: 'a-leder',
      minuteTakerId: 'a-kontakt',
      plannedLengthMinutes: 20,
      confidentialityReminderGiven: true,
      contentAndMethod: 'Anonym drøfting: ingen opplysninger som kan identifisere eleven.',
      gruffAgreement: '',
    },
    consents: [],
    childScreen: { ageGroup: 'older' },
    childChecklists: {
      before: {
        informed: { done: false, note: '' },
        safetyPerson: { done: false, note: '' },
        safePlan: { done: false, note: '' },
        adults: { done: false, note: '' },
        topics: { done: false, note: '' },
        unplannedTopics: { done: false, note: '' },
        feelsUnsafe: { done: false, note: '' },
      },
      after: {
        readsMinutes: { done: false, note: '' },
        givesFeedback: { done: false, note: '' },
        toldWhatNext: { done: false, note: '' },
        involved: { done: false, note: '' },
      },
    },
    conversations: {
      pupil: { heldBy: '', summary: '', covered: [] },
      parents: { heldBy: '', summary: '', covered: [] },
    },
    information: {
      pupilNow: '',
      parentsNow: '',
      schoolNow: 'Eleven er ofte trøtt i første time og har falt av faglig i høst.',
      parentsNowForScreen: '',
      schoolNowForScreen: '',
      pupilVoice: { method: 'notGathered', note: 'Kontaktlærer har ikke snakket med eleven om fraværet ennå.' },
    },
    absence: {
      validDaysSemester: 6,
      invalidOccurrences: 2,
      diffuseSingleDaysLastMonth: 4,
      lateArrivalsLastMonth: 7,
      leavesLessonsRepeatedly: false,
      pupilReportsStruggle: null,
      parentReportsStruggle: null,
      note: '',
    },
    understanding: {
      factors: {
        avoidNegativeAffect: { relevant: false, note: '' },
        escapeSocialEvaluative: { relevant: false, note: '' },
        attention: { relevant: false, note: '' },
        tangibleRewards: { relevant: true, note: 'Mulig forskjøvet døgnrytme med spill om natta.' },
      },
      pushPull: { push: [], pull: [{ id: 'pull-1', text: 'Spill og skjerm om natta', textForScreen: '' }] },
      viciousCircleShown: false,
    },
    areas: defaultSystemAreas('nb'),
    mapping: [
      { id: 'am-1', areaId: 'self', kind: 'risk', text: 'Trøtt om morgenen' },
      { id: 'am-2', areaId: 'schoolAcademic', kind: 'risk', text: 'Faller av i matte' },
      { id: 'am-3', areaId: 'friends', kind: 'resource', text: 'Spiller fotball på fritida' },
    ],
    agreement: {
      status: '',
      mainGoal: 'Skolen snakker med eleven og foresatte innen to uker.',
      rows: [
        {
          id: 'ar-1',
          subGoal: 'Forstå fraværet',
          measure: 'Kontaktlærer har samtale med eleven etter vedlegg 1',
          responsible: { participantId: 'a-kontakt' },
          deadline: '2025-11-17',
        },
        {
          id: 'ar-2',
          subGoal: 'Samarbeid med hjemmet',
          measure: 'Samtale med foresatte etter vedlegg 2, og tilby nytt møte med elev og foresatte',
          responsible: { text: 'Kontaktlærer og skoleledelse' },
          deadline: '2025-11-21',
        },
      ],
    },
    evaluation: [],
    referral: { responsible: '', note: '' },
    closing: {
      nextMeetingDate: '2025-12-01',
      minutesRecipients: [{ id: 'arcp-kontakt', service: 'kontaktlaerer', name: 'Kari Holtedahl', participantId: 'a-kontakt' }],
    },
    feedback: {},
    events: { pauses: [], parked: [], endedEarlyReason: '' },
    notes: {
      welcome: 'Anonym drøfting i det faste tverrfaglige møtet.',
      introductions: '',
      purpose: '',
      frames: '',
      information: '',
      understanding: 'Helsesykepleier foreslår å spørre om søvn og skjermbruk.',
      mapping: '',
      measures: '',
      closing: '',
    },
  };
}
