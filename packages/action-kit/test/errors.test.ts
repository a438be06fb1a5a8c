import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ActionError, asInput, InputError, InvalidValueError } from '../src/index.js';

test('ActionError joins what and fix and keeps the cause', () => {
  const cause = new Error('HTTP 401');
  const err = new ActionError('the registry refused the push', 'check the token', { cause });
  assert.ok(err instanceof Error);
  assert.equal(err.message, 'the registry refused the push; check the token');
  assert.equal(err.what, 'the registry refused the push');
  assert.equal(err.fix, 'check the token');
  assert.equal(err.cause, cause);
  assert.equal(err.name, 'ActionError');
});

test('InputError prefixes what with the input name', () => {
  const err = new InputError('tags', 'is required', 'add at least one tag');
  assert.ok(err instanceof ActionError);
  assert.equal(err.input, 'tags');
  assert.equal(err.what, 'input "tags" is required');
  assert.equal(err.fix, 'add at least one tag');
  assert.equal(err.message, 'input "tags" is required; add at least one tag');
  assert.equal(err.name, 'InputError');
});

test('asInput names the input for a library refusal and leaves other errors alone', () => {
  const refusal = new InvalidValueError('"x y"', 'is not a valid image reference: it contains whitespace', 'remove the spaces');
  assert.equal(refusal.message, '"x y" is not a valid image reference: it contains whitespace; remove the spaces');
  assert.throws(
    () =>
      asInput('image', () => {
        throw refusal;
      }),
    (error: unknown) =>
      error instanceof InputError &&
      error.input === 'image' &&
      error.message === 'input "image" is not a valid image reference: it contains whitespace; remove the spaces',
  );
  assert.throws(
    () =>
      asInput('env', () => {
        throw new ActionError('env line 1 "A" is not key=value', 'write key=value');
      }),
    /^InputError: input "env" env line 1 "A" is not key=value; write key=value$|input "env" env line 1/,
  );
  const bug = new TypeError('a bug');
  assert.throws(
    () =>
      asInput('image', () => {
        throw bug;
      }),
    (error: unknown) => error === bug,
  );
  assert.equal(
    asInput('image', () => 42),
    42,
  );
});
