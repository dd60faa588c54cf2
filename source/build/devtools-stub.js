// Stand-in for react-devtools-core, which Ink imports only in development (see bundle.js).
export default {initialize() {}, connectToDevTools() {}};
