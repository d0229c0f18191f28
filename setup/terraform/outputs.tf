output "audit_role_arn" {
  description = "Set the repository variable IMDS_GUARD_ROLE to this."
  value       = aws_iam_role.audit.arn
}

output "write_role_arn" {
  description = "Set the repository variable IMDS_GUARD_WRITE_ROLE to this."
  value       = aws_iam_role.write.arn
}

output "oidc_provider_arn" {
  description = "The GitHub OIDC provider the roles trust."
  value       = local.oidc_provider_arn
}
