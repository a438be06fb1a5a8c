export { editImage, readImage } from './edit-image.js';
export { EditConflictError, EditVerificationError, TargetNotFoundError, YamlSyntaxError } from './errors.js';
export type { WrittenImage } from './image-name.js';
export { checkNewImage, splitImage } from './image-name.js';
export { parseTargets } from './targets.js';
export type { Change, EditContext, EditResult, HelmPaths, NewImage, Pin, TargetKind, TargetSpec } from './types.js';
export { PINS, TARGET_KINDS } from './types.js';
