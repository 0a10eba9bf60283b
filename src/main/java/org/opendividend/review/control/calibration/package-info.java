/**
 * Calibration of review scores for reviewer bias, as pure logic (issue #11, item 2): {@link
 * org.opendividend.review.control.calibration.ReviewerBiasModel} fits score = quality + reviewer offset + noise to a
 * call's submitted reviews ({@link org.opendividend.review.control.calibration.ReviewScore}: weighted score out of 100
 * and confidence) and gives each application a calibrated score with a 95 % interval and each reviewer an offset
 * ({@link org.opendividend.review.control.calibration.Calibration}); {@link
 * org.opendividend.review.control.calibration.CalibrationExplanation} gives the numbers a page needs to explain it in
 * plain words. No database, no page and no other component: the panel reads the reviews and shows the result.
 */
package org.opendividend.review.control.calibration;
