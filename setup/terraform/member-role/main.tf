# The member role of organization audits, for one member account (use a provider per account, or the
# CloudFormation StackSet in setup/cloudformation/member-role-stackset.yaml for the whole organization).
# Its read-only permissions are ../../policies.json's "member".
#
#   module "imds_guard_member" {
#     source         = "github.com/imds-guard/imds-guard//setup/terraform/member-role?ref=v1"
#     providers      = { aws = aws.member }
#     audit_role_arn = module.imds_guard.audit_role_arn
#   }

terraform {
  required_version = ">= 1.3"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

variable "audit_role_arn" {
  description = "ARN of the audit role in the management (or delegated-administrator) account that assumes this role."
  type        = string
}

variable "member_role_name" {
  description = "The role's name (the member-role-name input; the same in every account)."
  type        = string
  default     = "IMDSGuardAudit"
}

data "aws_partition" "current" {}
data "aws_caller_identity" "current" {}

locals {
  policies = jsondecode(templatefile("${path.module}/../../policies.json", {
    partition        = data.aws_partition.current.partition
    account_id       = data.aws_caller_identity.current.account_id
    member_role_name = var.member_role_name
  }))
}

data "aws_iam_policy_document" "trust" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = [var.audit_role_arn]
    }
  }
}

resource "aws_iam_role" "member" {
  name                 = var.member_role_name
  description          = "IMDS Guard read-only member role for organization audits"
  max_session_duration = 3600
  assume_role_policy   = data.aws_iam_policy_document.trust.json
}

resource "aws_iam_role_policy" "member" {
  name   = "imds-guard-member"
  role   = aws_iam_role.member.id
  policy = jsonencode(local.policies["member"])
}

output "member_role_arn" {
  description = "The member role."
  value       = aws_iam_role.member.arn
}
