import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ABSENCE_CRITERIA, emptyAbsenceFacts, evaluateAbsence } from '../absence';
import { AFTER_ITEMS, BEFORE_ITEMS, DURING_REMINDERS, afterItemText, beforeItemText } from '../checklist';
import { CONSENT_STATUSES } from '../consent';
import { CONVERSATIONS, CONVERSATION_LABELS, conversationGuide } from '../conversation-guides';
import { DOMAIN_NAMESPACE } from '../domain-text';
import { type TextKey, translator } from '../i18n';
import { feedbackText } from '../feedback';
import { MAINTAINING_FUNCTIONS, factorText } from '../maintaining-factors';
import { MEASURE_OUTCOMES } from '../measure';
import { MEASURE_ARENAS, MEASURE_LIBRARY, arenaTitleKey } from '../measure-library';
import { MEETING_KINDS } from '../meeting';
import { PUPIL_VOICE_METHODS } from '../meeting-content';
import { SERVICES, serviceNameKey } from '../participant';
import { PUSH_PULL_SIDES, pushPullSuggestions, sideText } from '../push-pull';
import { DEFAULT_AREA_IDS, defaultAreaText } from '../system-model';
import { VICIOUS_CIRCLE_STAGES, VICIOUS_CIRCLE_TEXT, stageText } from '../vicious-circle';
import en from './en/domain';
import nb from './nb/domain';
import nn from './nn/domain';

const LOCALES = { nb, nn, en } as const;

/** Every leaf as [dotted path, text]. */
function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
/** The text a key points at in a resource (the `_other` form for plurals), or undefined. */
function lookup(resource: unknown, key: string): unknown {
  const path = key.slice(DOMAIN_NAMESPACE.length + 1).split('.');
  const last = path.pop() ?? '';
  let node: unknown = resource;
  for (const segment of path) node = (node as Record<string, unknown> | undefined)?.[segment];
  const parent = node as Record<string, unknown> | undefined;
  return parent?.[last] ?? parent?.[`${last}_other`];
}
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Every text key the domain modules hand out to the UI and the PDF. */
function keysInUse(): string[] {
  return [
    ...SERVICES.map(serviceNameKey),
    ...MEETING_KINDS.map((k) => `domain:meetingKinds.${k}`),
    'domain:presence.room',
    'domain:presence.remote',
    ...CONSENT_STATUSES.map((s) => `domain:consent.status.${s}`),
    ...BEFORE_ITEMS.flatMap((id) => Object.values(beforeItemText(id))),
    ...AFTER_ITEMS.flatMap((id) => Object.values(afterItemText(id))),
    ...DURING_REMINDERS.map((id) => `domain:checklist.during.${id}`),
    ...CONVERSATIONS.flatMap((c) =>
      conversationGuide(c).flatMap((s) => [s.titleKey, ...(s.guidanceKey ? [s.guidanceKey] : []), ...s.points.map((p) => p.textKey)]),
    ),
    ...Object.values(CONVERSATION_LABELS),
    ...evaluateAbsence(emptyAbsenceFacts()).flatMap((r) => [r.labelKey, r.ruleKey]),
    ...MAINTAINING_FUNCTIONS.flatMap((fn) => Object.values(factorText(fn))),
    ...VICIOUS_CIRCLE_STAGES.flatMap((s) => Object.values(stageText(s))),
    ...Object.values(VICIOUS_CIRCLE_TEXT),
    ...PUSH_PULL_SIDES.flatMap((side) => [...Object.values(sideText(side)), ...pushPullSuggestions(side).map((s) => s.textKey)]),
    ...DEFAULT_AREA_IDS.flatMap((id) => Object.values(defaultAreaText(id))),
    ...MEASURE_LIBRARY.flatMap((e) => [e.textKey, ...(e.whyKey ? [e.whyKey] : [])]),
    ...[...MEASURE_ARENAS, 'discouraged' as const].map(arenaTitleKey),
    ...MEASURE_OUTCOMES.map((o) => `domain:agreement.evaluation.${o}`),
    ...PUPIL_VOICE_METHODS.map((m) => `domain:info.pupilVoice.methods.${m}`),
    ...(['safe', 'useful'] as const).flatMap((q) => {
      const text = feedbackText(q);
      return [text.question, ...text.scale.map((s) => s.labelKey)];
    }),
  ];
}

describe('the domain wording', () => {
  const nbKeys = leaves(nb).map(([k]) => k).sort();

  it.each(['nn', 'en'] as const)('has exactly the same keys in %s as in bokmål', (language) => {
    expect(leaves(LOCALES[language]).map(([k]) => k).sort()).toEqual(nbKeys);
  });

  it.each(Object.keys(LOCALES) as (keyof typeof LOCALES)[])('has no empty text in %s', (language) => {
    expect(leaves(LOCALES[language]).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('uses the same placeholders in every language', () => {
    const nbTexts = new Map(leaves(nb));
    for (const language of ['nn', 'en'] as const) {
      for (const [key, text] of leaves(LOCALES[language])) {
        expect([language, key, placeholders(text)]).toEqual([language, key, placeholders(nbTexts.get(key) ?? '')]);
      }
    }
  });

  it('keeps the full push–pull labels the UI must show', () => {
    expect(nb.pushPull.push.label).toBe('Skyver bort fra skolen');
    expect(nb.pushPull.pull.label).toBe('Trekker mot hjemmet');
  });

  it('has every text key the domain modules use, in every language, through i18next', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { nb: { domain: nb }, nn: { domain: nn }, en: { domain: en } },
      ns: [DOMAIN_NAMESPACE],
      lng: 'nb',
      fallbackLng: false,
      returnNull: false,
    });
    const keys = keysInUse();
    expect(keys.length).toBeGreaterThan(150);
    for (const language of Object.keys(LOCALES)) {
      // The keys are read from the source as text: this checks at run time what the compiler checks in the code.
      const t = translator(i18n.getFixedT(language));
      const missing = keys.filter((key) => {
        const text = t(key as TextKey, { count: 3 });
        const leaf = lookup(LOCALES[language as keyof typeof LOCALES], key);
        return typeof leaf !== 'string' || text === key || text === key.slice(DOMAIN_NAMESPACE.length + 1) || text.trim() === '';
      });
      expect([language, missing]).toEqual([language, []]);
    }
  });

  it('words the count rules in singular and plural, as i18next plurals', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { nb: { domain: nb }, nn: { domain: nn }, en: { domain: en } }, ns: ['domain'], lng: 'nb' });
    expect(i18n.t('domain:absence.criteria.invalidAbsence.rule', { count: 1 })).toBe('Ugyldig fravær mer enn 1 gang.');
    expect(i18n.t('domain:absence.criteria.diffuseSingleDays.rule', { count: 3 })).toBe(
      'Fravær på grunn av diffuse plager mer enn 3 enkeltdager i løpet av én måned.',
    );
    expect(translator(i18n.getFixedT('nn'))('domain:absence.criteria.lateArrivals.rule', { count: 3 })).toBe('Kjem for seint meir enn 3 gonger i løpet av éin månad.');
    expect(translator(i18n.getFixedT('en'))('domain:absence.criteria.validAbsence.rule', { count: 10 })).toBe('Valid absence of more than 10 days in the semester.');
    expect(ABSENCE_CRITERIA).toHaveLength(7);
  });
});
