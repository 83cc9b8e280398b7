"""Secrets stay out of printed output and logs: sensitive members print as '***'.

python examples/sensitive_repr.py
"""

from __future__ import annotations

import logging

from smtyped.shapes import OidcConfig


def main() -> OidcConfig:
    config = OidcConfig(
        client_id="studio",
        client_secret="s3cr3t-from-the-vault",  # botocore marks ClientSecret sensitive
        issuer="https://idp.example.com",
        authorization_endpoint="https://idp.example.com/authorize",
        token_endpoint="https://idp.example.com/token",
        user_info_endpoint="https://idp.example.com/userinfo",
        logout_endpoint="https://idp.example.com/logout",
        jwks_uri="https://idp.example.com/jwks",
    )
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("workforce").info("creating the workforce with %r", config)  # client_secret='***'
    print("the request still carries the secret:", config.to_dict()["ClientSecret"] == "s3cr3t-from-the-vault")
    return config


if __name__ == "__main__":
    main()
