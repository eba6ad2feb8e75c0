/**
 * Scenario files: the YAML format a driver author writes to describe a driver's completion strategy
 * (docs/scenario-format.md), its parser with file:line:column errors, and the static validator that
 * rejects programs the chosen abstraction could not express (under the Rust abstractions: what safe Rust
 * with their types would not compile). The validator does the flow analysis; what each abstraction
 * allows it asks {@link uringcheck.model.lifecycle.abstraction.ApiRules}.
 *
 * <p>Entry points: {@link uringcheck.checks.scenario.ScenarioParser#parse(java.nio.file.Path)} gives a
 * {@link uringcheck.checks.scenario.Scenario} or throws a
 * {@link uringcheck.checks.scenario.ScenarioException} listing every
 * {@link uringcheck.checks.scenario.ScenarioError}; {@link uringcheck.checks.scenario.ScenarioValidator}
 * re-checks scenarios built in code; {@link uringcheck.checks.scenario.ScenarioCatalogue} loads the
 * scenarios shipped in the jar; {@link uringcheck.checks.scenario.ScenarioTargets} turns scenarios into
 * lifecycle models and check targets.
 */
package uringcheck.checks.scenario;
