// Components import their own stylesheet for its side effect; the bundler handles the CSS.
declare module '*.css';
