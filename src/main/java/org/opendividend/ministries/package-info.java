/**
 * Ministries that run the fund jointly and the fund programme itself. Ministries are data: nothing assumes
 * which or how many there are.
 */
package org.opendividend.ministries;
