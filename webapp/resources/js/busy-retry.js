// The busy page (503, BusyPage.java) holds the form as it was sent: send it again once the time the server asked
// for (Retry-After) has passed, counting down in the page's text. Without JavaScript its button does the same.
(function () {
    var form = document.getElementById('od-busy-resend');
    if (!form) {
        return;
    }
    var seconds = parseInt(form.getAttribute('data-retry-after'), 10) || 5;
    window.setTimeout(function () {
        form.submit();
    }, seconds * 1000);
})();
