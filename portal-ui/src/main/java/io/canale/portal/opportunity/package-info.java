/**
 * Opportunities: conversion of an accepted lead, the pipeline board, an opportunity's page with its
 * activities. Mirrors {@code schema/.../graphql/opportunity/}.
 */
package io.canale.portal.opportunity;
