/* global document, React, ReactDOM, GraphiQL */
// Starts GraphiQL (UMD globals React, ReactDOM, GraphiQL served from the project's own
// node_modules) with the example tabs that the server embeds as JSON in the page.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("frontier-playground-config").textContent);
  var baseFetcher = GraphiQL.createFetcher({ url: config.endpoint });

  // GraphiQL keeps a tab's operation name after the text no longer defines that operation
  // (type "{ __typename }" over a named example and it still sends the old name, which the
  // server refuses). Send a name only when the document still declares it.
  function declares(query, name) {
    var escaped = name.replace(/[$]/g, "\\$&");
    return new RegExp("\\b(query|mutation|subscription)\\s+" + escaped + "\\b").test(query || "");
  }
  function fetcher(params, options) {
    if (params && params.operationName && !declares(params.query, params.operationName)) {
      params = Object.assign({}, params, { operationName: undefined });
    }
    return baseFetcher(params, options);
  }

  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: config.tabs,
      defaultQuery: config.tabs.length > 0 ? config.tabs[0].query : "",
      defaultEditorToolsVisibility: "headers",
      shouldPersistHeaders: true,
    }),
  );
})();
