/// The participant's page: HTML, one style sheet and one script, every byte served by the binary
/// (no fonts, scripts or trackers from elsewhere), so the room works on a LAN without the internet.
///
/// The script writes every text with `textContent`, never as HTML, so nothing a lesson or server
/// sends can become markup; the Content-Security-Policy forbids inline script and style anyway.
public enum RoomPage {
    /// The page, its `lang` the lesson's language; the script fills in the texts.
    public static func html(language: String) -> String {
        let lang = language == "de" ? "de" : "en"
        return #"""
        <!doctype html>
        <html lang="\#(lang)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>campaign-sim</title>
        <link rel="stylesheet" href="/room.css">
        <script src="/room.js" defer></script>
        </head>
        <body>
        <main>
        <h1 id="title">campaign-sim</h1>
        <p id="progress" class="muted"></p>
        <form id="join" hidden>
        <label for="code" id="code-label">Room code</label>
        <input id="code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="12" required>
        <button id="join-button" type="submit">Join</button>
        </form>
        <section id="step" aria-live="polite"></section>
        <p id="status" role="status" aria-live="polite"></p>
        <p id="privacy" class="muted small">No name, no account: your answers are anonymous and vanish when the lesson ends. / Kein Name, kein Konto: Ihre Antworten sind anonym und verschwinden mit dem Ende der Lektion.</p>
        </main>
        <noscript><p>This page needs JavaScript to send your answer. / Diese Seite braucht JavaScript, um Ihre Antwort zu senden.</p></noscript>
        </body>
        </html>

        """#
    }

    /// The page's style: large type and targets for a phone, the system's fonts, both colour schemes.
    public static let style = #"""
    :root { color-scheme: light dark; --ink: #111; --paper: #fff; --muted: #555; --accent: #0b57d0; --good: #0a7d32; }
    @media (prefers-color-scheme: dark) { :root { --ink: #eee; --paper: #121212; --muted: #aaa; --accent: #8ab4f8; --good: #6ee59a; } }
    * { box-sizing: border-box; }
    body { margin: 0; font: 18px/1.45 system-ui, sans-serif; color: var(--ink); background: var(--paper); }
    main { max-width: 36rem; margin: 0 auto; padding: 1rem; }
    h1 { font-size: 1.25rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.2rem; margin: 1rem 0 .75rem; }
    .muted { color: var(--muted); }
    .small { font-size: .85rem; margin-top: 2rem; }
    label { display: block; font-weight: 600; margin: .5rem 0 .25rem; }
    input { font: inherit; font-size: 1.4rem; width: 100%; padding: .6rem; border: 2px solid var(--muted); border-radius: .4rem; background: var(--paper); color: var(--ink); }
    input:focus, button:focus { outline: 3px solid var(--accent); outline-offset: 2px; }
    .row { display: flex; gap: .5rem; align-items: center; }
    .unit { font-size: 1.3rem; min-width: 1.5rem; }
    button { font: inherit; font-weight: 600; padding: .75rem 1rem; margin-top: .75rem; min-height: 3rem; width: 100%; border: 2px solid var(--accent); border-radius: .4rem; background: var(--accent); color: var(--paper); cursor: pointer; }
    button.option { background: transparent; color: var(--ink); text-align: left; }
    button.option[aria-pressed="true"] { background: var(--accent); color: var(--paper); }
    button.option.right { border-color: var(--good); border-width: 4px; }
    .answer { font-size: 1.3rem; font-weight: 700; color: var(--good); }
    #status { min-height: 1.5rem; font-weight: 600; }
    button:disabled, input:disabled { opacity: .45; cursor: not-allowed; }
    """#

    /// The page's script: join with the code from the address (#CODE) or the form, then poll the
    /// step every two seconds and send answers. The token lives in this tab's sessionStorage only.
    public static let script = #"""
    "use strict";
    (function () {
      var T = {
        en: { code: "Room code", join: "Join", send: "Send", guess: "Your guess", watch: "Watch the screen: nothing to answer on this step.",
              waiting: "Waiting for the trainer to start the lesson.", step: "Step %1 of %2", received: "Received. You can change your answer until the reveal.",
              yours: "Your answer: %1", closed: "This question is closed.", answer: "The answer: %1", offline: "No connection to the room; trying again…",
              number: "Give a number.", right: "(right)",
              privacy: "No name, no account: your answers are anonymous and vanish when the lesson ends." },
        de: { code: "Raumcode", join: "Beitreten", send: "Senden", guess: "Ihre Schätzung", watch: "Schauen Sie auf die Leinwand: In diesem Schritt gibt es nichts zu beantworten.",
              waiting: "Warten, bis die Trainerin oder der Trainer die Lektion beginnt.", step: "Schritt %1 von %2", received: "Angekommen. Bis zur Auflösung können Sie Ihre Antwort ändern.",
              yours: "Ihre Antwort: %1", closed: "Diese Frage ist geschlossen.", answer: "Die Antwort: %1", offline: "Keine Verbindung zum Raum; neuer Versuch …",
              number: "Bitte eine Zahl eingeben.", right: "(richtig)",
              privacy: "Kein Name, kein Konto: Ihre Antworten sind anonym und verschwinden mit dem Ende der Lektion." }
      };
      var lang = document.documentElement.lang === "de" ? "de" : "en";
      var code = clean(location.hash.slice(1));
      var token = null;
      var shown = "";
      var current = null;
      var timer = 0;

      function $(id) { return document.getElementById(id); }
      function t(key, a, b) { return T[lang][key].replace("%1", a === undefined ? "" : a).replace("%2", b === undefined ? "" : b); }
      function clean(s) { return (s || "").toUpperCase().replace(/[^A-Z0-9]/g, "").slice(0, 12); }
      function el(tag, text, cls) { var e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
      function status(text) { $("status").textContent = text || ""; }
      function later(fn, ms) { clearTimeout(timer); timer = setTimeout(fn, ms); }
      function texts() {
        document.documentElement.lang = lang;
        $("code-label").textContent = t("code");
        $("join-button").textContent = t("join");
        $("privacy").textContent = t("privacy");
      }
      function api(method, path, body) {
        var headers = { "X-Room-Code": code };
        if (token) headers["X-Room-Token"] = token;
        if (body) headers["Content-Type"] = "application/json";
        return fetch(path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined, cache: "no-store", credentials: "omit" })
          .then(function (r) { return r.json().catch(function () { return {}; }).then(function (j) { return { status: r.status, json: j }; }); });
      }
      function askCode(message) {
        token = null;
        $("join").hidden = false;
        $("step").textContent = "";
        status(message || "");
        $("code").focus();
      }
      function join() {
        if (!code) { askCode(); return; }
        try { token = sessionStorage.getItem("room:" + code); } catch (e) { token = null; }
        if (token) { poll(); return; }
        api("POST", "/api/join").then(function (r) {
          if (r.status === 200 && r.json.token) {
            token = r.json.token;
            try { sessionStorage.setItem("room:" + code, token); } catch (e) {}
            $("join").hidden = true;
            poll();
          } else if (r.status === 403) { askCode(r.json.error); }
          else { status(r.json.error || t("offline")); later(join, 4000); }
        }).catch(function () { status(t("offline")); later(join, 3000); });
      }
      function poll() {
        api("GET", "/api/step").then(function (r) {
          if (r.status === 200) { $("join").hidden = true; render(r.json); later(poll, 2000); }
          else if (r.status === 401) { try { sessionStorage.removeItem("room:" + code); } catch (e) {} token = null; join(); }
          else if (r.status === 403) { askCode(r.json.error); }
          else { status(r.json.error || t("offline")); later(poll, 3000); }
        }).catch(function () { status(t("offline")); later(poll, 3000); });
      }
      function mineText(s) {
        if (s.mine !== undefined) return t("yours", String(s.mine) + (s.unit ? " " + s.unit : ""));
        if (s.mineChoice !== undefined && s.options) return t("yours", s.options[s.mineChoice]);
        return "";
      }
      function render(s) {
        current = s;
        if (s.language !== lang) { lang = s.language === "de" ? "de" : "en"; shown = ""; }
        texts();
        var key = [s.index, s.kind, s.open, s.answer, s.correct, s.question].join("|");
        $("progress").textContent = s.index >= 0 ? s.title + " · " + t("step", s.index + 1, s.count) : "";
        if (key !== shown) {
          shown = key;
          status("");
          var box = $("step");
          box.textContent = "";
          if (s.index < 0) { box.appendChild(el("p", t("waiting"))); }
          else if (s.kind === "watch") { box.appendChild(el("h2", s.question)); box.appendChild(el("p", t("watch"))); }
          else if (s.kind === "number") { box.appendChild(numberForm(s)); }
          else { box.appendChild(choiceList(s)); }
          if (s.answer !== undefined) box.appendChild(el("p", t("answer", s.answer), "answer"));
        }
        if (s.kind === "choice") {
          var buttons = document.querySelectorAll("button.option");
          for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute("aria-pressed", String(s.mineChoice === i));
        }
        var mine = mineText(s);
        if (mine && !$("status").textContent) status(mine);
        if (!s.open && s.kind !== "watch" && s.answer === undefined && !mine) status(t("closed"));
      }
      function numberForm(s) {
        var form = el("form");
        var label = el("label", s.question);
        label.htmlFor = "guess";
        form.appendChild(label);
        var row = el("div", undefined, "row");
        var input = el("input");
        input.id = "guess"; input.type = "text"; input.inputMode = "decimal"; input.autocomplete = "off";
        input.setAttribute("aria-describedby", "status");
        input.disabled = !s.open;
        if (s.mine !== undefined) input.value = String(s.mine);
        row.appendChild(input);
        if (s.unit) row.appendChild(el("span", s.unit, "unit"));
        form.appendChild(row);
        var send = el("button", t("send"));
        send.type = "submit"; send.disabled = !s.open;
        form.appendChild(send);
        form.addEventListener("submit", function (e) {
          e.preventDefault();
          var value = Number(input.value.replace(/\s/g, "").replace(",", "."));
          if (input.value.trim() === "" || !isFinite(value)) { status(t("number")); return; }
          answer({ step: s.index, value: value });
        });
        return form;
      }
      function choiceList(s) {
        var group = el("div");
        group.setAttribute("role", "group");
        group.setAttribute("aria-labelledby", "question");
        var q = el("h2", s.question); q.id = "question";
        group.appendChild(q);
        (s.options || []).forEach(function (text, i) {
          var b = el("button", text + (s.correct === i ? " " + t("right") : ""), "option" + (s.correct === i ? " right" : ""));
          b.type = "button"; b.disabled = !s.open;
          b.setAttribute("aria-pressed", String(s.mineChoice === i));
          b.addEventListener("click", function () { answer({ step: s.index, choice: i }); });
          group.appendChild(b);
        });
        return group;
      }
      function answer(body) {
        api("POST", "/api/answer", body).then(function (r) {
          if (r.status === 200) {
            if (current && body.choice !== undefined) { current.mineChoice = body.choice; }
            status(t("received"));
            var buttons = document.querySelectorAll("button.option");
            for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute("aria-pressed", String(body.choice === i));
          } else if (r.status === 401) { token = null; join(); }
          else { status(r.json.error || t("offline")); }
        }).catch(function () { status(t("offline")); });
      }
      $("join").addEventListener("submit", function (e) {
        e.preventDefault();
        code = clean($("code").value);
        if (code) { history.replaceState(null, "", "#" + code); join(); }
      });
      texts();
      join();
    })();
    """#
}
