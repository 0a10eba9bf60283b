// The notice "exporting n rows" of a staff list's exports (WEB-INF/includes/export-buttons.xhtml): shown when an
// export button is pressed, hidden when PrimeFaces.monitorDownload sees the download arrive. A file of its own, not
// an inline script: the Content-Security-Policy runs no inline script without the page's nonce.
function odExportStarted() {
    document.getElementById('export-progress').hidden = false;
}

function odExportEnded() {
    document.getElementById('export-progress').hidden = true;
}
