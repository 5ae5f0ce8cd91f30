import { useTranslation } from 'react-i18next';

/** Which of this product's own proposals (not the guide's) a note names. */
export type Proposal = 'areas' | 'pushPull' | 'srasTie';

/** Says that what stands beside it is this product's proposal, not the guide's, with a source where there is one. */
export function OurProposal({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation('meeting');
  return (
    <p className="our-proposal hint" data-proposal={proposal}>
      <strong>{t('proposal.label')}:</strong> {t(`proposal.${proposal}`)}
    </p>
  );
}
