// Tests that drive React through `act` themselves (not through Testing Library's render) must
// say so, as React's testing docs ask: otherwise every update warns that the environment is not
// configured for act. Testing Library sets this only when the test runner exposes globals.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
