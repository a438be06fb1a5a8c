export type { BumpImagesOptions, BumpMode, BumpOptions, BumpOutcome, BumpResult, ImageBump, ImageResult } from './bump.js';
export { bumpImage, bumpImages, pullRequestBranch } from './bump.js';
export type { BumpOrder, BumpRecord } from './bump-record.js';
export {
  bumpTrailers,
  checkBumpRecord,
  compareBumps,
  compareSemver,
  isBranchPart,
  isRfc3339Time,
  readBumpRecords,
  recordProblems,
  singleLineProblem,
} from './bump-record.js';
export type { MessageValues } from './commit-message.js';
export { bumpCommitMessage, DEFAULT_COMMIT_MESSAGE, MESSAGE_PLACEHOLDERS, renderCommitMessage, unknownPlaceholders } from './commit-message.js';
export type { ConfigRepoTransport } from './config-repo.js';
export { unifiedDiff } from './file-diff.js';
export type { GitAuth, GitCredentials } from './git-auth.js';
export { prepareGitAuth } from './git-auth.js';
export type { GitRunner } from './git-command.js';
export { GitError, gitRunner, isolatedGitEnv } from './git-command.js';
export type { PromoteOptions } from './promote.js';
export { promoteImages } from './promote.js';
export type { PullRequestRequest, PullRequestResult } from './pull-request.js';
export { upsertPullRequest } from './pull-request.js';
export { MissingTargetFileError, normaliseRepoPath, PathEscapeError, resolveInTree } from './repo-paths.js';
export type { EditValidation } from './validate-edits.js';
export { BumpValidationError } from './validate-edits.js';
