import fc from 'fast-check';

// Property tests run from a fixed seed so CI is reproducible; FC_SEED=<n> (or FC_SEED=random)
// explores other corners locally. A failure prints the seed and path needed to replay it.
const requested = process.env.FC_SEED;
if (requested !== 'random') {
  fc.configureGlobal({ seed: requested !== undefined ? Number(requested) : 20261129 });
}
