/* global document, window, location, localStorage, sessionStorage, navigator, setTimeout, React, ReactDOM, GraphiQL */
// Starts GraphiQL (UMD globals React, ReactDOM, GraphiQL served from the project's own
// node_modules) with the example tabs that the server embeds as JSON in the page, and runs
// Frontier's bar above it: "Copy as CSV URL" (GET /export.csv for the current tab's query and
// variables), and the note that a pasted key stays in localStorage, with a way to forget it.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("frontier-playground-config").textContent);
  var baseFetcher = GraphiQL.createFetcher({ url: config.endpoint });
  // Set before a reload by "Forget saved key": the stored headers are removed again before
  // GraphiQL reads them, whatever it wrote in between.
  var FORGET_FLAG = "frontier:forget-headers";

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

  // --- The saved key -------------------------------------------------------------------------
  // GraphiQL keeps headers (shouldPersistHeaders) under "graphiql:headers" and inside its tabs
  // and history entries ("graphiql:tabState", "graphiql:queries", ...).
  function dropHeaders(value) {
    var changed = false;
    if (Array.isArray(value)) {
      value.forEach(function (item) {
        changed = dropHeaders(item) || changed;
      });
    } else if (value && typeof value === "object") {
      Object.keys(value).forEach(function (key) {
        if (key === "headers" && value[key]) {
          value[key] = null;
          changed = true;
        } else {
          changed = dropHeaders(value[key]) || changed;
        }
      });
    }
    return changed;
  }
  function forgetStoredHeaders() {
    for (var i = localStorage.length - 1; i >= 0; i--) {
      var key = localStorage.key(i);
      if (!key || key.indexOf("graphiql:") !== 0) continue;
      if (key === "graphiql:headers") {
        localStorage.removeItem(key);
        continue;
      }
      var value;
      try {
        value = JSON.parse(localStorage.getItem(key));
      } catch {
        continue;
      }
      if (dropHeaders(value)) localStorage.setItem(key, JSON.stringify(value));
    }
  }

  // --- Status line ---------------------------------------------------------------------------
  var statusEl = document.getElementById("frontier-status");
  function status(text, isError) {
    statusEl.className = "frontier-status" + (isError ? " error" : "");
    statusEl.textContent = text;
  }

  // --- The editors ---------------------------------------------------------------------------
  function codeMirror(selector) {
    var el = document.querySelector(selector);
    return el && el.CodeMirror ? el.CodeMirror : null;
  }
  function queryText() {
    var cm = codeMirror(".graphiql-query-editor .CodeMirror");
    return cm ? cm.getValue() : "";
  }
  // The editor tools hold the variables editor first, then the headers editor.
  function variablesText() {
    var editors = document.querySelectorAll(".graphiql-editor-tool .graphiql-editor");
    var cm = editors.length > 0 ? editors[0].querySelector(".CodeMirror") : null;
    return cm && cm.CodeMirror ? cm.CodeMirror.getValue() : "";
  }

  // Shows the Variables pane for a tab with variables, else the Headers pane (where a key goes)
  // if the tools are open; closed tools stay closed for tabs without variables.
  function showToolsFor(variables) {
    var variablesButton = document.querySelector('.graphiql-editor-tools button[data-name="variables"]');
    var headersButton = document.querySelector('.graphiql-editor-tools button[data-name="headers"]');
    if (!variablesButton) return false;
    if (variables && variables.trim() !== "") {
      if (!/\bactive\b/.test(variablesButton.className)) variablesButton.click();
    } else if (headersButton && /\bactive\b/.test(variablesButton.className)) {
      headersButton.click();
    }
    return true;
  }
  var activeTabId = null;
  function onTabChange(state) {
    var tab = state && state.tabs ? state.tabs[state.activeTabIndex] : null;
    if (!tab || tab.id === activeTabId) return; // an edit within the tab, not a switch
    activeTabId = tab.id;
    // GraphiQL calls this while it updates its state: act once it has rendered.
    setTimeout(function () {
      showToolsFor(tab.variables);
    }, 0);
  }
  function whenEditorsReady(attempt) {
    if (codeMirror(".graphiql-query-editor .CodeMirror") && showToolsFor(variablesText())) return;
    if (attempt < 100) {
      setTimeout(function () {
        whenEditorsReady(attempt + 1);
      }, 50);
    }
  }

  // --- Copy as CSV URL -----------------------------------------------------------------------
  // The query without comments and with whitespace runs collapsed (outside strings), so that the
  // URL stays short.
  function compactQuery(query) {
    var out = "";
    var i = 0;
    var space = false;
    while (i < query.length) {
      var ch = query[i];
      if (query.slice(i, i + 3) === '"""') {
        var end = query.indexOf('"""', i + 3);
        while (end > 0 && query[end - 1] === "\\") end = query.indexOf('"""', end + 3);
        end = end < 0 ? query.length : end + 3;
        out += (space && out ? " " : "") + query.slice(i, end);
        space = false;
        i = end;
      } else if (ch === '"') {
        var j = i + 1;
        while (j < query.length && query[j] !== '"' && query[j] !== "\n") j += query[j] === "\\" ? 2 : 1;
        out += (space && out ? " " : "") + query.slice(i, j + 1);
        space = false;
        i = j + 1;
      } else if (ch === "#") {
        while (i < query.length && query[i] !== "\n") i++;
      } else if (/[\s,]/.test(ch)) {
        space = true;
        i++;
      } else {
        if (space && out && /[\w$]/.test(ch) && /[\w$"]/.test(out[out.length - 1])) out += " ";
        else if (space && out && (ch === "." || out[out.length - 1] === ".")) out += " ";
        out += ch;
        space = false;
        i++;
      }
    }
    return out;
  }
  // The operations a document defines, in order, with their kind and name ({ ... } alone is an
  // anonymous query). Only what is outside every ( ) and { } counts.
  function operations(compact) {
    var found = [];
    var braces = 0;
    var parens = 0;
    var named = false; // a keyword seen whose selection set has not opened yet
    var token =
      /"""[\s\S]*?"""|"(?:[^"\\]|\\.)*"|[(){}]|(?<![$\w])(query|mutation|subscription|fragment)\b(?:\s*([_A-Za-z]\w*))?/g;
    var m;
    while ((m = token.exec(compact))) {
      var top = braces === 0 && parens === 0;
      if (m[0] === "(") parens++;
      else if (m[0] === ")") parens--;
      else if (m[0] === "{") {
        if (top && !named) found.push({ kind: "query", name: null });
        if (top) named = false;
        braces++;
      } else if (m[0] === "}") braces--;
      else if (m[1] && top) {
        named = true;
        if (m[1] !== "fragment") found.push({ kind: m[1], name: m[2] || null });
      }
    }
    return found;
  }
  function csvUrl() {
    var query = compactQuery(queryText());
    if (query === "") throw new Error("The editor is empty: write a query first.");
    var ops = operations(query);
    var queries = ops.filter(function (op) {
      return op.kind === "query";
    });
    if (queries.length === 0) throw new Error("Only a query can be exported as CSV (a GET never writes).");
    var url = location.origin + "/export.csv?query=" + encodeURIComponent(query);
    var variables = variablesText().trim();
    if (variables !== "") {
      var parsed;
      try {
        parsed = JSON.parse(variables);
      } catch (e) {
        throw new Error("The variables are not valid JSON: " + e.message);
      }
      if (Object.keys(parsed || {}).length > 0)
        url += "&variables=" + encodeURIComponent(JSON.stringify(parsed));
    }
    // With several operations, the export runs the first query (name it to pick another).
    if (ops.length > 1 && queries[0].name) url += "&operationName=" + encodeURIComponent(queries[0].name);
    return url;
  }
  function showUrl(url, message) {
    status("");
    statusEl.appendChild(document.createTextNode(message));
    var input = document.createElement("input");
    input.id = "frontier-csv-url";
    input.readOnly = true;
    input.value = url;
    input.setAttribute("aria-label", "CSV URL");
    statusEl.appendChild(input);
    var link = document.createElement("a");
    link.href = url;
    link.textContent = "open";
    link.target = "_blank";
    link.rel = "noopener";
    statusEl.appendChild(link);
    return input;
  }
  function copyCsvUrl() {
    var url;
    try {
      url = csvUrl();
    } catch (e) {
      status(e.message, true);
      return;
    }
    // The URL carries no key: a BI tool sends its own (Authorization header, or &api_key=).
    var done = function () {
      showUrl(url, "Copied:");
    };
    var manual = function () {
      showUrl(url, "Copy this URL:").select();
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(url).then(done, manual);
    } else {
      manual(); // no clipboard API outside a secure context (http to another host)
    }
  }

  // --- Start ---------------------------------------------------------------------------------
  if (sessionStorage.getItem(FORGET_FLAG)) {
    sessionStorage.removeItem(FORGET_FLAG);
    forgetStoredHeaders();
    status("The saved key is forgotten: this browser keeps no headers of the playground now.");
  }
  document.getElementById("frontier-copy-csv").addEventListener("click", copyCsvUrl);
  document.getElementById("frontier-forget-key").addEventListener("click", function () {
    forgetStoredHeaders();
    sessionStorage.setItem(FORGET_FLAG, "1");
    location.reload();
  });

  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: config.tabs,
      defaultQuery: config.tabs.length > 0 ? config.tabs[0].query : "",
      defaultEditorToolsVisibility: "headers",
      shouldPersistHeaders: true,
      onTabChange: onTabChange,
    }),
  );
  whenEditorsReady(0);
  window.frontierPlayground = { csvUrl: csvUrl };
})();
