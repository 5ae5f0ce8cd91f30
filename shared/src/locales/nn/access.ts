/** The wording of the ways in (signing in, setting up, joining by an invitation, linking an account), nynorsk (same keys as bokmål): it loads with those pages only. */
import type { AccessResource } from '../../i18n';

export default {
  auth: {
    setupTitle: 'Set opp Nærværsmøtet',
    setupIntro: 'Det finst ingen konto enno. Lag den første kontoen for ein møteleiar.',
    loginTitle: 'Logg inn',
    email: 'E-post',
    name: 'Namn',
    password: 'Passord',
    passwordHint: 'Minst 10 teikn.',
    createAccount: 'Opprett konto',
    login: 'Logg inn',
    logout: 'Logg ut',
    wrongCredentials: 'Feil e-post eller passord.',
    withProvider: 'Logg inn med {{name}}',
    orPassword: 'Eller logg inn med e-post og passord',
    outcome: {
      refused: 'Du har ikkje tilgang til Nærværsmøtet enno. Be administratoren i kommunen om å gi deg tilgang.',
      failed: 'Innlogginga gjekk ikkje. Prøv igjen. Skjer det igjen, sei frå til administratoren.',
      link: 'Det finst allereie ein konto med e-postadressa di. Be administratoren om å kople innlogginga til kontoen.',
      link_gone: 'Lenkja er brukt, har gått ut eller er bytt ut med ei nyare. Be administratoren om ei ny lenkje.',
      linked_elsewhere: 'Denne innlogginga er alt kopla til ein annan konto. Sei frå til administratoren.',
      deactivated: 'Kontoen din er deaktivert. Be administratoren i kommunen om hjelp.',
    },
  },
  join: {
    loginNeeded: 'For å bli med må du logge inn med {{name}}. Då veit møtet at det er deg.',
    loginButton: 'Logg inn med {{name}}',
    otherPerson: 'Denne lenkja er knytt til ein annan person. Be den som inviterte deg, om ei ny lenkje.',
    loginFailed: 'Innlogginga gjekk ikkje. Prøv igjen.',
    title: 'Bli med i møtet',
    joining: 'Koplar deg til møtet …',
    invalid: 'Denne invitasjonslenkja verkar ikkje. Spør møteleiaren om ei ny.',
    expired: 'Denne invitasjonslenkja har gått ut eller er trekt tilbake. Spør møteleiaren om ei ny.',
    ended: 'Møtet er avslutta, så lenkja opnar det ikkje lenger. Ta kontakt med skulen om du lurer på noko.',
  },
  accountLink: {
    title: 'Kontoen din i Nærværsmøtet',
    passwordIntro: 'Hei, {{name}}. Vel eit passord for kontoen {{email}}.',
    newPassword: 'Nytt passord',
    save: 'Lagre passordet og logg inn',
    identityIntro: 'Hei, {{name}}. Logg inn éin gong med tenesta du bruker på jobb. Då blir ho kopla til kontoen {{email}}.',
    expires: 'Lenkja verkar berre éin gong, og til {{time}}.',
    gone: 'Lenkja er brukt, har gått ut eller er bytt ut med ei nyare. Be administratoren om ei ny lenkje.',
  },
} as const satisfies AccessResource;
