/* Article page: clicking a highlight or a side-panel item shows its record and its "why".
 * Records come from the non-executable JSON block #records; everything is written with
 * textContent, never innerHTML, so article text cannot become markup or script. */
(function () {
  "use strict";
  var source = document.getElementById("records");
  var detail = document.getElementById("detail");
  if (!source || !detail) { return; }
  var records = JSON.parse(source.textContent || "{}");

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function row(dl, label, value) {
    if (value === undefined || value === null || value === "" ||
        (Array.isArray(value) && value.length === 0)) { return; }
    dl.appendChild(el("dt", null, label));
    dl.appendChild(el("dd", null, Array.isArray(value) ? value.join(", ") : value));
  }

  function modalities(m) {
    if (!m) { return ""; }
    return ["negated", "future", "hypothetical", "historical", "reported"].filter(function (k) { return m[k]; }).join(", ");
  }

  function summary(rec) {
    if (rec.type === "event") {
      return (rec.source_name || rec.source || "?") + " → " + (rec.code || "") + " " +
        (rec.description || "") + " → " + (rec.target_name || rec.target || "?");
    }
    if (rec.type === "quote") { return (rec.speaker_name || rec.speaker_text || "unattributed") + ": “" + rec.content + "”"; }
    if (rec.type === "mention") { return "“" + rec.text + "” → " + (rec.actor_name || "unresolved"); }
    if (rec.type === "actor") { return rec.name + (rec.code ? " (" + rec.code + ")" : ""); }
    return "";
  }

  function card(key) {
    var rec = records[key];
    var box = el("div", "card card-" + (rec ? rec.type : "missing"));
    if (!rec) { box.appendChild(el("p", "muted", "No record " + key)); return box; }
    box.appendChild(el("h3", null, rec.type));
    box.appendChild(el("p", "summary", summary(rec)));
    var dl = el("dl");
    if (rec.type === "event") {
      row(dl, "Goldstein", rec.goldstein);
      row(dl, "QuadClass", rec.quad_class ? rec.quad_class + " " + (rec.quad_name || "") : "");
      row(dl, "PLOVER", [rec.plover_type, rec.plover_mode].filter(Boolean).join(" / "));
      row(dl, "Modality", modalities(rec.modality));
      row(dl, "Date", rec.date ? (rec.date.text || "") + " " + (rec.date.start || "") : "");
      row(dl, "Place", rec.place ? rec.place.name : "");
      row(dl, "Why: pattern", rec.why && rec.why.pattern);
      row(dl, "Why: trigger", rec.why && rec.why.trigger);
      row(dl, "Why: source path", rec.why && rec.why.source_path);
      row(dl, "Why: target path", rec.why && rec.why.target_path);
      row(dl, "Why: notes", rec.why && rec.why.notes);
    } else if (rec.type === "quote") {
      row(dl, "Kind", rec.kind);
      row(dl, "Cue", rec.cue);
      row(dl, "Relay chain", rec.relay);
      row(dl, "Events", rec.events);
    } else if (rec.type === "mention") {
      row(dl, "Kind", rec.kind);
      row(dl, "NER label", rec.ner_label);
    } else if (rec.type === "actor") {
      row(dl, "Kind", rec.kind);
      row(dl, "Country", rec.country);
      row(dl, "Aliases", rec.aliases);
      row(dl, "Roles", (rec.roles || []).map(function (r) { return r.title; }));
    }
    var p = rec.provenance;
    if (p) {
      row(dl, "Evidence", p.text);
      row(dl, "Rule", p.rule);
      row(dl, "Confidence", p.confidence);
      row(dl, "Offsets", "sentence " + p.sentence + ", chars " + p.start + "–" + p.end);
    }
    box.appendChild(dl);
    var raw = el("details");
    raw.appendChild(el("summary", null, "full record (JSON)"));
    raw.appendChild(el("pre", null, JSON.stringify(rec, null, 2)));
    box.appendChild(raw);
    return box;
  }

  function mark(keys) {
    var active = document.querySelectorAll(".hl.active, .rec.active");
    Array.prototype.forEach.call(active, function (n) { n.classList.remove("active"); });
    Array.prototype.forEach.call(document.querySelectorAll(".hl"), function (n) {
      var refs = JSON.parse(n.getAttribute("data-refs") || "[]");
      if (refs.some(function (r) { return keys.indexOf(r) >= 0; })) { n.classList.add("active"); }
    });
    Array.prototype.forEach.call(document.querySelectorAll(".rec"), function (n) {
      if (keys.indexOf(n.getAttribute("data-ref")) >= 0) { n.classList.add("active"); }
    });
  }

  function show(keys) {
    while (detail.firstChild) { detail.removeChild(detail.firstChild); }
    keys.forEach(function (k) { detail.appendChild(card(k)); });
    mark(keys);
  }

  function keysOf(node) {
    if (node.classList.contains("hl")) { return JSON.parse(node.getAttribute("data-refs") || "[]"); }
    return [node.getAttribute("data-ref")];
  }

  function activate(event) {
    var node = event.target.closest(".hl, .rec");
    if (!node || (event.type === "keydown" && event.key !== "Enter")) { return; }
    if (event.target.closest("a")) { return; }
    show(keysOf(node));
  }

  document.addEventListener("click", activate);
  document.addEventListener("keydown", activate);

  function fromHash() {
    if (location.hash.indexOf("#rec-") !== 0) { return; }
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) { show(keysOf(target)); target.scrollIntoView({block: "center"}); }
  }

  window.addEventListener("hashchange", fromHash);
  fromHash();
}());
