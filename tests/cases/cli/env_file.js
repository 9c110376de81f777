// @cli: --env-file=_env_file.env --env-file _env_file.env _env_file_main.js
