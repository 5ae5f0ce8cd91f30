/**
 * The domain names shared rules read in every language, bokmål: the services' names (no person's
 * name, `anonymous.ts`) and the system model's default areas (`system-model.ts`). They live apart from
 * `domain.ts`, which takes them in, so the client can carry them for every language while it loads only
 * the chosen language's other texts.
 */
export const services = {
  kontaktlaerer: 'Kontaktlærer',
  skoleledelse: 'Skolens ledelse',
  helsesykepleier: 'Helsesykepleier (skolehelsetjenesten)',
  ppt: 'PP-tjenesten',
  barnevern: 'Barneverntjenesten',
  familieteam: 'Familieteam',
  elev: 'Elev',
  foresatt: 'Foresatt',
  trygghetsperson: 'Trygghetsperson',
  tolk: 'Tolk',
  annet: 'Annet',
} as const;

export const systemModel = {
  areas: {
    self: {
      name: 'Eleven selv',
      child: 'Deg selv',
      description: 'Styrker, interesser, følelser og søvn',
    },
    health: {
      name: 'Helse',
      child: 'Kroppen og helsa',
      description: 'Fysisk og psykisk helse',
    },
    schoolAcademic: {
      name: 'Skole – faglig',
      child: 'Å lære på skolen',
      description: 'Faglig mestring, tilpasset opplæring og behov for tilrettelegging',
    },
    schoolSocial: {
      name: 'Skole – sosialt og læringsmiljø',
      child: 'Å ha det bra på skolen',
      description: 'Klasseledelse, relasjon til lærer, medelever og trygghet i klassen',
    },
    schoolRoute: {
      name: 'Skolevei, morgen og overganger',
      child: 'Morgenen og veien til skolen',
      description: 'Morgenrutiner, skoleveien og overganger mellom aktiviteter, trinn og skoler',
    },
    family: {
      name: 'Familie og hjem',
      child: 'Familien og hjemme',
      description: 'Familiens situasjon, rutiner hjemme og samarbeidet mellom hjem og skole',
    },
    friends: {
      name: 'Venner og fritid',
      child: 'Venner og fritid',
      description: 'Venner og fritidsaktiviteter, også på nett',
    },
    services: {
      name: 'Hjelpetjenester og nettverk',
      child: 'Voksne som hjelper',
      description: 'Hjelpetjenester, andre voksne og nettverket rundt eleven og familien',
    },
  },
} as const;
