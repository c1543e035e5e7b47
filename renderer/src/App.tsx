/** The app's shell. The screens (start, editor, results, name check) arrive with issue #5. */
export function App() {
  return (
    <main>
      <h1>Namesake</h1>
      <p>
        A record-matching simulator: how many &ldquo;matches&rdquo; between government files are the
        wrong person, and whose door the resulting &ldquo;updated address&rdquo; points to.
      </p>
      <p>The desktop screens are not built yet; use the command line (`npx namesake`).</p>
    </main>
  );
}
