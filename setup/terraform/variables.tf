variable "github_repository" {
  description = "The repository whose workflows run IMDS Guard, as OWNER/REPO (the OIDC token's sub starts with repo:OWNER/REPO)."
  type        = string
  validation {
    condition     = can(regex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", var.github_repository))
    error_message = "github_repository: write OWNER/REPO, e.g. my-org/infra."
  }
}

variable "approval_environment" {
  description = "The GitHub Environment (with required reviewers) whose jobs alone may assume the write role."
  type        = string
  default     = "imds-production"
}

variable "oidc_provider_arn" {
  description = "ARN of the account's existing IAM OIDC provider for token.actions.githubusercontent.com; null = create it (an account has at most one)."
  type        = string
  default     = null
}

variable "audit_role_name" {
  description = "Name of the read-only role (the repository variable IMDS_GUARD_ROLE is its ARN)."
  type        = string
  default     = "IMDSGuardReadOnly"
}

variable "write_role_name" {
  description = "Name of the write role (the repository variable IMDS_GUARD_WRITE_ROLE is its ARN)."
  type        = string
  default     = "IMDSGuardRemediation"
}

variable "organization_audit" {
  description = "true in the management or a delegated-administrator account: the audit role may list the organization's accounts and assume the member role in each (accounts: organization)."
  type        = bool
  default     = false
}

variable "member_role_name" {
  description = "The member role's name in every account (member-role-name; the member-role module creates it)."
  type        = string
  default     = "IMDSGuardAudit"
}
