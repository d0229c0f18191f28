# IMDS Guard's AWS set-up (README "Set up"): the GitHub OIDC provider (or an existing one), the read-only
# audit role, and the write role only a job in the approval environment can assume. The permission
# policies are ../policies.json, the same file the CloudFormation template is checked against
# (test/setup/least-privilege.test.ts checks it against the calls each mode makes).
#
#   module "imds_guard" {
#     source            = "github.com/imds-guard/imds-guard//setup/terraform?ref=v1"
#     github_repository = "my-org/infra"
#   }

data "aws_partition" "current" {}
data "aws_caller_identity" "current" {}

locals {
  policies = jsondecode(templatefile("${path.module}/../policies.json", {
    partition        = data.aws_partition.current.partition
    account_id       = data.aws_caller_identity.current.account_id
    member_role_name = var.member_role_name
  }))
  oidc_provider_arn = var.oidc_provider_arn != null ? var.oidc_provider_arn : aws_iam_openid_connect_provider.github[0].arn
}

resource "aws_iam_openid_connect_provider" "github" {
  count           = var.oidc_provider_arn == null ? 1 : 0
  url             = "https://token.actions.githubusercontent.com"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = ["6938fd4d98bab03faadb97b34396831e3780aea1", "1c58a3a8518e8759bf075b76b750d4f2df264fcd"]
}

data "aws_iam_policy_document" "audit_trust" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [local.oidc_provider_arn]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
    # Any job of the repository: pull_request, merge_group, schedule, workflow_dispatch.
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:${var.github_repository}:*"]
    }
  }
}

data "aws_iam_policy_document" "write_trust" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [local.oidc_provider_arn]
    }
    # StringEquals, no wildcard: only jobs that name the environment, after its reviewers approved.
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:${var.github_repository}:environment:${var.approval_environment}"]
    }
  }
}

resource "aws_iam_role" "audit" {
  name                 = var.audit_role_name
  description          = "IMDS Guard read-only - the nightly audit, the required check and the remediation plan"
  max_session_duration = 3600
  assume_role_policy   = data.aws_iam_policy_document.audit_trust.json
}

resource "aws_iam_role_policy" "audit" {
  name   = "imds-guard-audit"
  role   = aws_iam_role.audit.id
  policy = jsonencode(local.policies["audit"])
}

resource "aws_iam_role_policy" "audit_organization" {
  count  = var.organization_audit ? 1 : 0
  name   = "imds-guard-audit-organization"
  role   = aws_iam_role.audit.id
  policy = jsonencode(local.policies["audit-organization"])
}

resource "aws_iam_role" "write" {
  name                 = var.write_role_name
  description          = "IMDS Guard write - apply and rollback, only in jobs of the approval environment"
  max_session_duration = 3600
  assume_role_policy   = data.aws_iam_policy_document.write_trust.json
}

resource "aws_iam_role_policy" "write" {
  name   = "imds-guard-write"
  role   = aws_iam_role.write.id
  policy = jsonencode(local.policies["write"])
}
