/**
 * Named entities (people, organisations, places, groups) found by rules and a bundled gazetteer, with
 * alias normalisation inside one article ({@link dev.narrascope.entity.EntityStage}) and across a batch
 * ({@link dev.narrascope.entity.ActorStage}). Names the gazetteer lacks get a Latin-script canonical
 * name whatever the article's script, so that they meet across languages.
 */
package dev.narrascope.entity;
