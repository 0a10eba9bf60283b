/**
 * Uploaded files for every component that takes them: one content-addressed store ({@link
 * org.opendividend.platform.files.FileStorage}, folders per component), the PDF check by content, safe file names,
 * download headers, and the refusal of uploads announced too large. Which record refers to a file, and who may read
 * it, is the owning component's business.
 */
package org.opendividend.platform.files;
