// Module hook for tests: any import of the AWS SDK (or its Smithy runtime) fails loudly.
export async function resolve(specifier, context, next) {
  if (/^@aws-sdk\/|^@smithy\//.test(specifier)) throw new Error(`AWS SDK imported: ${specifier}`);
  return next(specifier, context);
}
