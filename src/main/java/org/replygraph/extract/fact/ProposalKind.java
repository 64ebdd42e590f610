package org.replygraph.extract.fact;

/** 提案 of a CPPCC member or unit (rg:CppccProposal), or 建议/议案 of a deputy (rg:NpcSuggestion). */
public enum ProposalKind { CPPCC_PROPOSAL, NPC_SUGGESTION }
