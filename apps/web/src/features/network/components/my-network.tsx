import { plural } from '@rapport/client/format';
import { EmptyState } from '@rapport/ui/empty-state';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { useId } from 'react';
import { useReferralTree } from '../hooks/use-referral-tree';
import { ReferralTreeList } from './referral-tree-list';
import { WarmPaths } from './warm-paths';
import './my-network.css';

/** A seeker's network: who referred them to whom, and warm paths into the companies they target. */
export function MyNetwork() {
  const { tree, branches, loading, problem, retry } = useReferralTree();
  const treeHeading = useId();
  const pathsHeading = useId();

  return (
    <div className="my-network">
      <section aria-labelledby={treeHeading} className="my-network__section">
        <h2 id={treeHeading} className="my-network__heading">
          Your referral tree
        </h2>
        {loading ? <LoadingIndicator label="Loading your referral tree…" /> : null}
        {problem && !tree ? (
          <RetryAlert
            title="Your referral tree could not be loaded."
            message={problem}
            onRetry={retry}
          />
        ) : null}
        {tree ? (
          tree.size === 0 ? (
            <EmptyState title="No referrals yet" headingLevel={3}>
              After each meeting, ask who else you should talk to. The people you meet and the names
              they give you grow into this tree.
            </EmptyState>
          ) : (
            <>
              <p className="my-network__counts">
                {plural(tree.size, 'person', 'people')} · {tree.asked} asked · {tree.met} met ·{' '}
                {tree.hired} hired
              </p>
              <ReferralTreeList branches={branches} label="Your referral tree" />
            </>
          )
        ) : null}
      </section>
      <section aria-labelledby={pathsHeading} className="my-network__section">
        <h2 id={pathsHeading} className="my-network__heading">
          Warm introductions
        </h2>
        <p className="muted">
          Who could introduce you to someone at a company: through people you met, the names they
          gave you and the agency’s shared network, never through anyone who asked not to be
          contacted.
        </p>
        <WarmPaths />
      </section>
    </div>
  );
}
