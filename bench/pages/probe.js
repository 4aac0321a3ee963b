// @ts-nocheck -- injected as is into every benchmarked page (the app and the bare pages) by
// page.addInitScript before any of the page's own scripts run; plain JavaScript, no imports.
//
// window.__bench measures from inside the page, on the page's own clock:
// - keystroke(): the next keystroke's timings. It starts at the keystroke's first event (beforeinput, else
//   input: event.timeStamp). Work ends when the editor has handled the keystroke synchronously: at the later of
//   the input event's last listener (the editor's DOM observer runs before it) and the last mark() made in that
//   task; marks come from every WebSocket send (the Yjs update and the awareness update) and from the bare
//   pages after each applied transaction. A keystroke that sent or applied nothing is not measured. The frame is over when a
//   message posted from the next requestAnimationFrame callback arrives, i.e. after that frame's rendering.
// - arrival(blockIndex, suffix): absolute time (timeOrigin + now) of the frame after the block's visible text
//   ends with `suffix`, for remote latency across pages.
// - refresh(...): a figure changed through the host API until the frame after its chips show it.
// - open: once `__benchConfig.openMarker` is shown in an editable editor, types one character at the end of the
//   last block (execCommand insertText, the browser's own editing path) and checks it stayed there after the
//   editor handled it; `__bench.opened` is then the time since navigation start (-1 when it was not kept).
(() => {
  const config = window.__benchConfig || {};
  let lastMark = 0;
  const mark = () => {
    lastMark = performance.now();
  };
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    const result = send.call(this, data);
    mark();
    return result;
  };

  const afterTask = (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback();
    channel.port2.postMessage(0);
  };
  const afterNextFrame = (callback) => requestAnimationFrame(() => afterTask(callback));

  const editorRoot = () => document.querySelector('.ProseMirror');
  const blocks = () => [...(editorRoot()?.children ?? [])].filter((element) => element.matches('p, h1, h2, h3, h4, h5, h6'));
  /** The block's text without widgets: peers' cursors, computed numbers, chips. */
  const visibleText = (element) => {
    let text = '';
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('[class*="cursor"], .speech-number, [contenteditable="false"]')) continue;
      text += node.nodeValue;
    }
    return text;
  };
  const lastTextNode = (element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let last = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('[class*="cursor"], .speech-number, [contenteditable="false"]')) last = node;
    }
    return last;
  };

  let pendingKeystroke = null;
  const onInputEvent = (event) => {
    const pending = pendingKeystroke;
    if (!pending || pending.start !== undefined) return;
    pending.start = event.timeStamp;
    afterTask(() => {
      const workEnd = lastMark >= pending.start ? Math.max(lastMark, pending.inputHandled ?? 0) : Number.NaN;
      afterNextFrame(() => {
        pendingKeystroke = null;
        pending.resolve({ start: pending.start, startAbs: performance.timeOrigin + pending.start, work: workEnd - pending.start, frame: performance.now() - pending.start });
      });
    });
  };
  document.addEventListener('beforeinput', onInputEvent, true);
  document.addEventListener('input', onInputEvent, true);
  // The last listener of the input event: the editor's DOM observer ran as a microtask right after the first
  // one, so everything the editor does synchronously for the keystroke (dispatch, plugins, the app's own
  // listeners) is done by now.
  window.addEventListener('input', () => {
    if (pendingKeystroke && pendingKeystroke.start !== undefined) pendingKeystroke.inputHandled = performance.now();
  });

  window.__bench = {
    mark,
    keystroke() {
      return new Promise((resolve) => {
        pendingKeystroke = { resolve, start: undefined };
      });
    },
    /** Puts the caret at the end of the block's text and focuses the editor. */
    caretAtEnd(blockIndex) {
      const block = blocks()[blockIndex];
      if (!block) throw new Error(`no block ${blockIndex}`);
      editorRoot().focus();
      const node = lastTextNode(block);
      const range = document.createRange();
      range.setStart(node, node.nodeValue.length);
      range.collapse(true);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return visibleText(block);
    },
    blockText(blockIndex) {
      const block = blocks()[blockIndex];
      return block ? visibleText(block) : null;
    },
    arrival(blockIndex, suffix) {
      return new Promise((resolve) => {
        const done = () => {
          const block = blocks()[blockIndex];
          return block !== undefined && visibleText(block).endsWith(suffix);
        };
        const finish = () => afterNextFrame(() => resolve(performance.timeOrigin + performance.now()));
        if (done()) return finish();
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          finish();
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    },
    /**
     * Sends `body` as a PUT to `url` (the host API) and resolves with the time until the frame after every chip
     * with data-key `key` shows `expected`.
     */
    async refresh({ url, token, key, body, expected }) {
      const chips = () => [...document.querySelectorAll(`.ProseMirror [data-placeholder-kind][data-key="${key}"]`)];
      const shown = () => chips().every((chip) => chip.textContent === expected);
      const started = performance.now();
      const done = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          afterNextFrame(() => resolve(performance.now() - started));
        });
        observer.observe(editorRoot(), { subtree: true, childList: true, characterData: true, attributes: true });
      });
      const response = await fetch(url, { method: 'PUT', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      if (!response.ok) throw new Error(`PUT ${url}: ${response.status}`);
      return done;
    },
    opened: undefined,
  };

  if (config.openMarker) {
    const ready = () => {
      const root = document.querySelector('.ProseMirror[contenteditable="true"]');
      return root && root.textContent.includes(config.openMarker) ? root : null;
    };
    const typeOne = () => {
      const list = blocks();
      const last = list[list.length - 1];
      const before = visibleText(last);
      // A character the block does not have yet: an editor that opened from its local copy may merge the
      // host's newer text (earlier opens' characters) into the block meanwhile, so "kept" means "there".
      let typed = 0x4e00 + (Math.floor(performance.timeOrigin) % 20000);
      while (before.includes(String.fromCharCode(typed))) typed += 1;
      const character = String.fromCharCode(typed);
      window.__bench.caretAtEnd(list.length - 1);
      document.execCommand('insertText', false, character);
      // Accepted: the editor handled the change (its observer runs as a microtask) and kept it.
      afterTask(() => {
        const after = visibleText(blocks()[list.length - 1]);
        window.__bench.opened = after.includes(character) ? performance.now() : -1;
      });
    };
    const watch = () => {
      if (ready()) return typeOne();
      const observer = new MutationObserver(() => {
        if (!ready()) return;
        observer.disconnect();
        typeOne();
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['contenteditable'] });
    };
    watch();
  }
})();
