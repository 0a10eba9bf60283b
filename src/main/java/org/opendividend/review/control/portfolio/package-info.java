/**
 * The funding line as pure logic: given a call's ranked candidates with their calibrated scores, amounts and
 * languages, the call's and its ministries' budgets and its quotas ({@link
 * org.opendividend.review.control.portfolio.PortfolioInstance}), {@link
 * org.opendividend.review.control.portfolio.FundingPortfolio} finds the portfolio of maximal total calibrated score
 * exactly (OR-Tools CP-SAT), ranks the candidates, draws the funding line, the reserve list and the grey zone, says
 * which limits bind, or says in message keys why no portfolio exists. Awards are split among the ministries by {@link
 * org.opendividend.review.control.portfolio.AwardSplit}, the rounding the solver charges the budgets with. No
 * database, no pages and no other component: a page gives it the call's data as an instance and shows the result, and
 * anyone can solve a stored instance file again (docs/portfolio-instance.md).
 */
package org.opendividend.review.control.portfolio;
