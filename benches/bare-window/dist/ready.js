// Once the page has painted, tell the Rust side (it prints "bare-window: ready in <N> ms").
window.addEventListener("load", () => {
  requestAnimationFrame(() => setTimeout(() => window.__TAURI_INTERNALS__.invoke("ready"), 0));
});
