// English strings of the verification card: the worker's lane with each proxy, its last checks and why a
// check failed, and what the home tier verifies and what it does not.
export const enVerification = {
  title: 'Checks of your work',
  none: 'No proxy has checked this worker yet.',
  lane: { evaluation: 'Evaluation lane (unpaid checks)', paid: 'Paid lane' },
  window: '{{failures}} failed of the last {{checks}} checks',
  withheld: '{{tokens}} tokens withheld after failed checks',
  passed: 'passed',
  failed: 'failed',
  noReference: 'Not checked: {{note}}',
  evaluating:
    'Evaluation: {{passed}} of {{needed}} checks passed — paid requests start after your first checks.',
  evaluatingCount: 'Evaluation: {{passed}} checks passed — paid requests start after your first checks.',
  evaluatingFailed:
    'Evaluation: {{failures}} of {{checks}} checks failed — paid requests start only once your checks pass.',
  evaluationHelp:
    'New workers first serve unpaid evaluation requests; after enough passed checks they receive paid client traffic.',
  demoted:
    'Lost the paid lane: too many checks failed. Only unpaid evaluation requests come until your checks pass again.',
  lastFailure: 'Why: {{reason}}',
  earningsEvaluating:
    'Not earning yet: evaluation, {{passed}} of {{needed}} checks passed. Paid requests start after your first checks.',
  earningsEvaluatingCount:
    'Not earning yet: evaluation, {{passed}} checks passed. Paid requests start after your first checks.',
  earningsFailed:
    'Not earning yet: {{failures}} of {{checks}} evaluation checks failed (see “Checks of your work”).',
  earningsDemoted:
    'Not earning: this worker lost the paid lane after failed checks (see “Checks of your work”).',
  verifies:
    'What the home tier verifies: the model you serve and its output distribution, statistically (log-probabilities re-scored against a reference of the model file).',
  notVerified:
    'What it does not verify: prompt confidentiality. You, as the GPU owner, could read prompts and answers; clients are told so.',
};
