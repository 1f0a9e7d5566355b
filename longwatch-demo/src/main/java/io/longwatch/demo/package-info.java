/**
 * Longwatch's built-in demo: {@link io.longwatch.demo.DemoDataset} generates a made-up ministry network's
 * logs over four weeks with an espionage campaign woven in (ground truth in {@code truth.json}), and
 * {@link io.longwatch.demo.BuiltinRulePack} serves the project's own Sigma rules for that tradecraft.
 * Everything else in the package is the generator's internals.
 */
package io.longwatch.demo;
