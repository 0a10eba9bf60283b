// Saves the application a moment after each change too (autosaveNow: the p:remoteCommand of
// applicant/application.xhtml), so that closing the tab loses at most the last second's typing. Loaded inside the
// form, which therefore exists already.
(function () {
    var form = document.getElementById('application');
    if (!form) {
        return;
    }
    var pending;
    form.addEventListener('change', function () {
        clearTimeout(pending);
        pending = setTimeout(function () { autosaveNow(); }, 800);
    });
})();
