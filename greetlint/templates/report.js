/* greetlint feedback page: seek the player from words, markers and facts; sort the overview; copy the rewrite. */
(function () {
  "use strict";

  function playerOf(el) {
    var section = el.closest("section.file");
    return section ? section.querySelector("audio") : null;
  }

  function playFrom(audio, seconds) {
    if (!audio || !isFinite(seconds)) { return; }
    audio.currentTime = Math.max(0, seconds);
    var started = audio.play();
    if (started && started.catch) { started.catch(function () { /* no audio output (e.g. print preview) */ }); }
  }

  function seekFromElement(el) {
    playFrom(playerOf(el), parseFloat(el.getAttribute("data-seek")));
  }

  function seekFromWaveform(svg, event) {
    var box = svg.getBoundingClientRect();
    var duration = parseFloat(svg.getAttribute("data-duration"));
    if (!box.width || !isFinite(duration)) { return; }
    playFrom(playerOf(svg), (event.clientX - box.left) / box.width * duration);
  }

  // -- sorting the overview ------------------------------------------------------------------
  function sortTable(button) {
    var th = button.closest("th");
    var table = button.closest("table");
    var col = parseInt(button.getAttribute("data-col"), 10);
    var numeric = button.getAttribute("data-type") === "num";
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("th").forEach(function (other) { other.setAttribute("aria-sort", "none"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[col].getAttribute("data-sort"), y = b.cells[col].getAttribute("data-sort");
      var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, undefined, {numeric: true, sensitivity: "base"});
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  // -- copying the rewrite -------------------------------------------------------------------
  function copyRewrite(button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    var status = button.parentNode.querySelector(".copied");
    var text = source.textContent;
    function done(ok) { if (status) { status.textContent = ok ? "Copied." : "Select the text and copy it."; } }
    function fallback() {
      var range = document.createRange();
      range.selectNodeContents(source);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      done(ok);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    } else {
      fallback();
    }
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    var seekable = target.closest("[data-seek]");
    if (seekable) { seekFromElement(seekable); return; }
    var svg = target.closest("svg.wave");
    if (svg) { seekFromWaveform(svg, event); return; }
    var sorter = target.closest("button.sort");
    if (sorter) { sortTable(sorter); return; }
    var copy = target.closest("button.copy");
    if (copy) { copyRewrite(copy); }
  });

  // SVG markers are not buttons: give them the keys a button has
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if ((event.key === "Enter" || event.key === " ") && target.matches && target.matches("[data-seek]:not(button)")) {
      event.preventDefault();
      seekFromElement(target);
    }
  });

  // -- follow playback: the playhead on the waveform and the word being said -----------------------
  document.querySelectorAll("section.file").forEach(function (section) {
    var audio = section.querySelector("audio");
    if (!audio) { return; }
    var svg = section.querySelector("svg.wave");
    var playhead = svg ? svg.querySelector(".playhead") : null;
    var width = svg ? svg.viewBox.baseVal.width : 0;
    var duration = svg ? parseFloat(svg.getAttribute("data-duration")) : NaN;
    var words = Array.prototype.slice.call(section.querySelectorAll(".transcript button.w"));
    var starts = words.map(function (w) { return parseFloat(w.getAttribute("data-seek")); });
    var current = null;
    audio.addEventListener("timeupdate", function () {
      var t = audio.currentTime;
      if (playhead && duration > 0) {
        var x = Math.min(width, t / duration * width);
        playhead.setAttribute("x1", x);
        playhead.setAttribute("x2", x);
      }
      var i = starts.length - 1;
      while (i >= 0 && starts[i] > t + 0.01) { i -= 1; }
      var word = i >= 0 ? words[i] : null;
      if (word !== current) {
        if (current) { current.classList.remove("now"); }
        if (word) { word.classList.add("now"); }
        current = word;
      }
    });
  });
}());

/* --phone-check: one player, switched between the recording and its phone render at the same moment */
(function () {
  "use strict";
  document.querySelectorAll("fieldset.listen").forEach(function (set) {
    var section = set.closest("section.file");
    var audio = section ? section.querySelector("audio") : null;
    if (!audio) { return; }
    set.addEventListener("change", function (event) {
      var src = event.target.value === "phone" ? set.getAttribute("data-phone") : set.getAttribute("data-recorded");
      var at = audio.currentTime, playing = !audio.paused;
      audio.src = src;
      audio.addEventListener("loadedmetadata", function restore() {
        audio.removeEventListener("loadedmetadata", restore);
        audio.currentTime = Math.min(at, audio.duration || at);
        if (playing) { var p = audio.play(); if (p && p.catch) { p.catch(function () {}); } }
      });
    });
  });
})();
