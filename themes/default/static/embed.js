/* potluck default theme: click-to-play embeds (docs/security.md, "Embeds").
 * A facade is a link to the video; nothing loads from the player's site
 * until a reader clicks it. Then this script puts the player in its place,
 * sandboxed, allowed only what playback needs, sending only the site's origin
 * as referrer. Without JavaScript the link opens the video on its site.
 */
(function () {
  "use strict";
  /* "Video" in the site's language, from the page's words (base.html). */
  function videoWord() {
    try {
      var w = JSON.parse(document.getElementById("words").textContent)["script-video"];
      if (typeof w === "string" && w) return w;
    } catch (e) { /* English */ }
    return "Video";
  }
  document.addEventListener("click", function (e) {
    var link = e.target.closest ? e.target.closest(".embed-link") : null;
    var box = link && link.parentElement;
    if (!box || !box.getAttribute("data-player") || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    var f = document.createElement("iframe");
    f.setAttribute("sandbox", "allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox");
    f.setAttribute("allow", "autoplay; encrypted-media; fullscreen; picture-in-picture");
    f.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    f.setAttribute("allowfullscreen", "");
    f.setAttribute("title", box.getAttribute("data-title") || videoWord());
    f.src = box.getAttribute("data-player");
    box.classList.add("embed--playing");
    box.replaceChildren(f);
    f.focus();
  });
})();
