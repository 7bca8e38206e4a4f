"""realise"""
