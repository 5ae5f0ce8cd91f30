/**
 * The domain names shared rules read in every language, nynorsk: the services' names (no person's
 * name, `anonymous.ts`) and the system model's default areas (`system-model.ts`). They live apart from
 * `domain.ts`, which takes them in, so the client can carry them for every language while it loads only
 * the chosen language's other texts. Same keys as bokmål (`../nb/domain-names.ts`).
 */
import type { DomainResource } from '../../domain-text';

export const services = {
  kontaktlaerer: 'Kontaktlærar',
  skoleledelse: 'Leiinga ved skulen',
  helsesykepleier: 'Helsesjukepleiar (skulehelsetenesta)',
  ppt: 'PP-tenesta',
  barnevern: 'Barnevernstenesta',
  familieteam: 'Familieteam',
  elev: 'Elev',
  foresatt: 'Føresett',
  trygghetsperson: 'Tryggleiksperson',
  tolk: 'Tolk',
  annet: 'Anna',
} as const satisfies DomainResource['services'];

export const systemModel = {
  areas: {
    self: {
      name: 'Eleven sjølv',
      child: 'Deg sjølv',
      description: 'Styrkar, interesser, kjensler og søvn',
    },
    health: {
      name: 'Helse',
      child: 'Kroppen og helsa',
      description: 'Fysisk og psykisk helse',
    },
    schoolAcademic: {
      name: 'Skule – fagleg',
      child: 'Å lære på skulen',
      description: 'Fagleg meistring, tilpassa opplæring og behov for tilrettelegging',
    },
    schoolSocial: {
      name: 'Skule – sosialt og læringsmiljø',
      child: 'Å ha det bra på skulen',
      description: 'Klasseleiing, relasjon til læraren, medelevar og tryggleik i klassen',
    },
    schoolRoute: {
      name: 'Skuleveg, morgon og overgangar',
      child: 'Morgonen og vegen til skulen',
      description: 'Morgonrutinar, skulevegen og overgangar mellom aktivitetar, trinn og skular',
    },
    family: {
      name: 'Familie og heim',
      child: 'Familien og heime',
      description: 'Situasjonen i familien, rutinar heime og samarbeidet mellom heim og skule',
    },
    friends: {
      name: 'Vener og fritid',
      child: 'Vener og fritid',
      description: 'Vener og fritidsaktivitetar, også på nett',
    },
    services: {
      name: 'Hjelpetenester og nettverk',
      child: 'Vaksne som hjelper',
      description: 'Hjelpetenester, andre vaksne og nettverket rundt eleven og familien',
    },
  },
} as const satisfies DomainResource['systemModel'];
