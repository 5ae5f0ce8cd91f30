/** The wording of the ways in (signing in, setting up, joining by an invitation, linking an account), English (same keys as bokmål): it loads with those pages only. */
import type { AccessResource } from '../../i18n';

export default {
  auth: {
    setupTitle: 'Set up Nærværsmøtet',
    setupIntro: 'There is no account yet. Create the first account for a meeting leader.',
    loginTitle: 'Log in',
    email: 'Email',
    name: 'Name',
    password: 'Password',
    passwordHint: 'At least 10 characters.',
    createAccount: 'Create account',
    login: 'Log in',
    logout: 'Log out',
    wrongCredentials: 'Wrong email or password.',
    withProvider: 'Log in with {{name}}',
    orPassword: 'Or log in with e-mail and password',
    outcome: {
      refused: 'You do not have access to Nærværsmøtet yet. Ask the administrator in the municipality to give you access.',
      failed: 'The login did not work. Try again. If it happens again, tell the administrator.',
      link: 'There is already an account with your e-mail address. Ask the administrator to link the login to that account.',
      link_gone: 'The link has been used, has expired or was replaced by a newer one. Ask the administrator for a new link.',
      linked_elsewhere: 'This login is already linked to another account. Tell the administrator.',
      deactivated: 'Your account has been deactivated. Ask the administrator in the municipality for help.',
    },
  },
  join: {
    loginNeeded: 'To join, log in with {{name}}. Then the meeting knows it is you.',
    loginButton: 'Log in with {{name}}',
    otherPerson: 'This link belongs to another person. Ask whoever invited you for a new link.',
    loginFailed: 'The login did not work. Try again.',
    title: 'Join the meeting',
    joining: 'Connecting you to the meeting …',
    invalid: 'This invitation link does not work. Ask the meeting leader for a new one.',
    expired: 'This invitation link has expired or was withdrawn. Ask the meeting leader for a new one.',
    ended: 'The meeting has ended, so the link no longer opens it. Contact the school if you have questions.',
  },
  accountLink: {
    title: 'Your account in Nærværsmøtet',
    passwordIntro: 'Hello, {{name}}. Choose a password for the account {{email}}.',
    newPassword: 'New password',
    save: 'Save the password and log in',
    identityIntro: 'Hello, {{name}}. Log in once with the service you use at work. It will then be linked to the account {{email}}.',
    expires: 'The link works only once, and until {{time}}.',
    gone: 'The link has been used, has expired or was replaced by a newer one. Ask the administrator for a new link.',
  },
} as const satisfies AccessResource;
