/**
 * Named entities (people, organisations, places, groups) found by rules and a bundled gazetteer, with
 * alias normalisation inside one article ({@link dev.narrascope.entity.EntityStage}) and across a batch
 * ({@link dev.narrascope.entity.ActorStage}).
 */
package dev.narrascope.entity;
