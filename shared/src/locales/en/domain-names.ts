/**
 * The domain names shared rules read in every language, English: the services' names (no person's
 * name, `anonymous.ts`) and the system model's default areas (`system-model.ts`). They live apart from
 * `domain.ts`, which takes them in, so the client can carry them for every language while it loads only
 * the chosen language's other texts. Same keys as bokmål (`../nb/domain-names.ts`).
 */
import type { DomainResource } from '../../domain-text';

export const services = {
  kontaktlaerer: 'Contact teacher',
  skoleledelse: 'School management',
  helsesykepleier: 'School nurse (school health service)',
  ppt: 'Educational-psychological service (PPT)',
  barnevern: 'Child welfare service',
  familieteam: 'Family team',
  elev: 'Pupil',
  foresatt: 'Parent or guardian',
  trygghetsperson: 'Safety person',
  tolk: 'Interpreter',
  annet: 'Other',
} as const satisfies DomainResource['services'];

export const systemModel = {
  areas: {
    self: {
      name: 'The pupil',
      child: 'You',
      description: 'Strengths, interests, feelings and sleep',
    },
    health: {
      name: 'Health',
      child: 'Your body and health',
      description: 'Physical and mental health',
    },
    schoolAcademic: {
      name: 'School – learning',
      child: 'Learning at school',
      description: 'Mastering schoolwork, adapted teaching and need for support',
    },
    schoolSocial: {
      name: 'School – social and learning environment',
      child: 'Feeling good at school',
      description: 'Classroom management, relationship with the teacher, classmates and safety in class',
    },
    schoolRoute: {
      name: 'Way to school, mornings and transitions',
      child: 'Mornings and the way to school',
      description: 'Morning routines, the way to school and transitions between activities, years and schools',
    },
    family: {
      name: 'Family and home',
      child: 'Family and home',
      description: "The family's situation, routines at home and cooperation between home and school",
    },
    friends: {
      name: 'Friends and free time',
      child: 'Friends and free time',
      description: 'Friends and leisure activities, online too',
    },
    services: {
      name: 'Support services and network',
      child: 'Adults who help',
      description: 'Support services, other adults and the network around the pupil and the family',
    },
  },
} as const satisfies DomainResource['systemModel'];
