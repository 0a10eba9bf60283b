// Saves the form a moment after each change too (autosaveNow: the p:remoteCommand of applicant/application.xhtml
// and of reviewer/review.xhtml), so that closing the tab loses at most the last second's typing. Loaded inside the
// form, which therefore exists already: the form is the one around this script.
(function () {
    var form = (document.currentScript && document.currentScript.closest('form')) || document.getElementById('application');
    if (!form) {
        return;
    }
    var pending;
    form.addEventListener('change', function () {
        clearTimeout(pending);
        pending = setTimeout(function () { autosaveNow(); }, 800);
    });
})();
