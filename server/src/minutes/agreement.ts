/**
 * The cooperation agreement (Vedlegg 4, "Samarbeidsavtale mellom foresatte og skole") as a layout
 * model: elev, skole, klasse, status, hovedmål, the delmål | tiltak | ansvar | frist table, the
 * period, and signature lines for kontaktlærer, elev and foresatte.
 */
import type { DocModel } from '@naervaer/shared/minutes';
import { fields, modelBase, para, schoolOf, section } from './blocks';
import { type ModelInput, authorOf, measureTable } from './minutes';

export function agreementModel(input: ModelInput): DocModel {
  const { meeting, content, text, audience } = input;
  const { t } = text;
  const a = content.agreement;
  const pupil = content.pupil;
  const period = a.periodFrom || a.periodTo ? t('minutes:agreement.periodValue', { from: text.date(a.periodFrom), to: text.date(a.periodTo) }) : '';
  const sections = [
    ...section('about', t('minutes:agreement.about'), [
      ...para(t('domain:agreement.purpose'), 'muted'),
      ...fields([
        { label: t('domain:agreement.pupil'), value: pupil?.name },
        { label: t('domain:agreement.school'), value: schoolOf(meeting, pupil?.school) },
        { label: t('domain:agreement.class'), value: pupil?.class },
      ]),
    ]),
    ...section('status', t('domain:agreement.status'), para(a.status || t('minutes:notRecorded'))),
    ...section('mainGoal', t('domain:agreement.mainGoal'), para(a.mainGoal || t('minutes:notRecorded'))),
    ...section('measures', t('minutes:sections.measures'), a.rows.length ? measureTable(content, text, a.rows) : para(t('minutes:measures.noRows'), 'muted')),
    ...section('period', t('domain:agreement.period'), para(period || t('minutes:notRecorded'))),
    {
      id: 'signatures',
      heading: t('minutes:agreement.signatures'),
      blocks: [
        {
          type: 'signatures' as const,
          lines: [t('domain:agreement.signatures.kontaktlaerer'), t('domain:agreement.signatures.elev'), t('domain:agreement.signatures.foresatte')],
          dateLabel: t('minutes:agreement.date'),
          signLabel: t('minutes:agreement.signature'),
        },
      ],
    },
  ];
  return {
    ...modelBase(text, input.version, audience),
    document: 'agreement',
    title: t('domain:agreement.title'),
    runningTitle: meeting.title,
    subtitle: [meeting.title, [schoolOf(meeting, pupil?.school), text.dateOf(meeting.startsAt)].filter(Boolean).join(', ')].filter(Boolean),
    author: authorOf(input),
    subject: t('minutes:subject.agreement'),
    large: false,
    sections,
  };
}
