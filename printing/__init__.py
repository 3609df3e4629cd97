"""Printed documents built with ReportLab from domain data; returns PDF bytes or writes files."""
