/** The empty, busy page shown while a window's first data or script is on its way. */
export function AppStarting() {
  return <div className="app-starting" aria-busy="true" />;
}
